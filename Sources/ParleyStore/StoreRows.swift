import Foundation
import GRDB
import ParleyExtract
import ParleyGraph
import ParleyIngest

/// The rows of the store's tables: how files, articles, mentions and the graph are written
/// and read back.
enum StoreRows {
  /// The encoder of the `json` columns: the same settings as Parley's JSON Lines files.
  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return encoder
  }()

  static func json<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }

  /// A diagnostic as stored in `files.diagnostics`.
  struct Diagnostic: Codable {
    var path: String
    var severity: String
    var message: String
  }

  // MARK: Files, articles, mentions

  static func insert(_ file: StoredFile, extractor: String, into db: Database) throws {
    try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [file.path])
    let diagnostics = file.diagnostics.map { Diagnostic(path: $0.path, severity: $0.severity.rawValue, message: $0.message) }
    try db.execute(
      sql: "INSERT INTO files (path, content_hash, bytes, extractor, diagnostics) VALUES (?, ?, ?, ?, ?)",
      arguments: [file.path, file.contentHash, file.bytes, extractor, try json(diagnostics)])
    let articleStatement = try db.cachedStatement(sql: """
      INSERT INTO articles (file, record, path, content_hash, extractor, title, date, date_source, status,
        place, format, url, outlet, paragraphs, copy_of)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    let mentionStatement = try db.cachedStatement(sql: """
      INSERT INTO mentions (article_id, position, sentence, date, date_precision, date_value, source_id,
        target_id, type, mode, status, reciprocal, trigger, evidence, json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for (record, stored) in file.articles.enumerated() {
      let a = stored.article
      try articleStatement.execute(arguments: [
        file.path, record, a.path, file.contentHash, extractor, a.title, a.date?.description,
        a.dateSource.rawValue, a.status, a.place, a.format.rawValue, a.url, a.outlet,
        try json(a.paragraphs), stored.copyOf,
      ])
      let articleID = db.lastInsertedRowID
      for (position, m) in stored.mentions.enumerated() {
        try mentionStatement.execute(arguments: [
          articleID, position, m.sentence, m.date?.description, m.datePrecision, m.dateValue, m.source.id,
          m.target.id, m.type.rawValue, m.mode, m.status.rawValue, m.reciprocal, m.trigger, m.evidence,
          try json(m),
        ])
      }
    }
  }

  static func file(_ path: String, in db: Database) throws -> StoredFile? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM files WHERE path = ?", arguments: [path]) else { return nil }
    let diagnostics = try decode([Diagnostic].self, row["diagnostics"]).map {
      IngestDiagnostic(path: $0.path, severity: IngestDiagnostic.Severity(rawValue: $0.severity) ?? .warning, message: $0.message)
    }
    var articles: [StoredArticle] = []
    var ids: [Int64] = []
    for a in try Row.fetchAll(db, sql: "SELECT * FROM articles WHERE file = ? ORDER BY record", arguments: [path]) {
      let date: String? = a["date"]
      let source: String = a["date_source"]
      let format: String = a["format"]
      let article = Article(
        path: a["path"], title: a["title"], date: date.flatMap { CivilDate(iso: $0) },
        dateSource: DateSource(rawValue: source) ?? .none, status: a["status"], place: a["place"],
        paragraphs: try decode([String].self, a["paragraphs"]), format: ArticleFormat(rawValue: format) ?? .plainText,
        url: a["url"], outlet: a["outlet"])
      articles.append(StoredArticle(article: article, mentions: [], copyOf: a["copy_of"]))
      ids.append(a["id"])
    }
    let statement = try db.cachedStatement(sql: "SELECT json FROM mentions WHERE article_id = ? ORDER BY position")
    for (i, id) in ids.enumerated() {
      articles[i].mentions = try String.fetchAll(statement, arguments: [id]).map { try decode(Mention.self, $0) }
    }
    return StoredFile(
      path: path, contentHash: row["content_hash"], bytes: row["bytes"], articles: articles, diagnostics: diagnostics)
  }

  static func originalMentions(in db: Database) throws -> [Mention] {
    try String.fetchAll(db, sql: """
      SELECT m.json FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE a.copy_of IS NULL ORDER BY a.file, a.record, m.position
      """).map { try decode(Mention.self, $0) }
  }

  // MARK: The graph

  static func replaceGraph(_ graph: EventGraph, in db: Database) throws {
    for table in ["event_articles", "events", "aliases", "actors"] { try db.execute(sql: "DELETE FROM \(table)") }
    let actor = try db.cachedStatement(sql: """
      INSERT INTO actors (id, name, kind, country, sector, mentions, events, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """)
    let alias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases (actor_id, alias) VALUES (?, ?)")
    for summary in graph.actors {
      let a = summary.actor
      try actor.execute(arguments: [
        a.id, a.name, a.kind.rawValue, a.country, a.sector, summary.mentions, summary.events, try json(summary),
      ])
      for name in a.aliases { try alias.execute(arguments: [a.id, name]) }
    }
    let event = try db.cachedStatement(sql: """
      INSERT INTO events (position, id, date, date_precision, date_value, type, mode, status, source_id, target_id,
        reciprocal, mentions, articles, first_article, json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    let reports = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_articles (event, article) VALUES (?, ?)")
    for (position, e) in graph.events.enumerated() {
      try event.execute(arguments: [
        position, e.id, e.dateText, e.datePrecision, e.dateValue, e.type.rawValue, e.mode, e.status.rawValue,
        e.source, e.target, e.reciprocal, e.mentions, e.articles.count, e.articles.first, try json(e),
      ])
      for article in e.articles { try reports.execute(arguments: [position, article]) }
    }
  }
}
