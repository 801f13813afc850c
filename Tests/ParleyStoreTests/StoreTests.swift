import Foundation
import GRDB
import ParleyExtract
import ParleyGraph
import ParleyIngest
import ParleyStore
import Testing

func temporaryStorePath() throws -> String {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-store-" + UUID().uuidString)
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  return dir.appendingPathComponent("test.sqlite").path
}

/// A file with one article of two paragraphs and one mention, in words of our own.
func sampleFile(_ path: String, evidence: String = "Marta Okafor met Jonas Lind in Tallinn on Monday.") -> StoredFile {
  let date = CivilDate(year: 2025, month: 3, day: 4)!
  let article = Article(
    path: path, title: "Ministers \"meet\" & talk", date: date, dateSource: .header, status: 200,
    place: "TALLINN", paragraphs: [evidence, "Both sides said <more> talks would follow."], format: .json,
    url: "https://www.Example-News.org:443/world/1?x=2", outlet: "example-news.org")
  var okafor = PoliticalActor(id: "marta-okafor", name: "Marta Okafor", kind: .person, country: "EST", sector: "GOV", aliases: ["Okafor"])
  okafor.roles = [ActorRole(title: "Foreign Minister", country: "EST", seen: date)]
  let lind = PoliticalActor(id: "jonas-lind", name: "Jonas Lind", kind: .person, country: "SWE", sector: nil, aliases: [])
  var mention = Mention(
    article: path, articleDate: date, sentence: 0, evidence: evidence, source: okafor, target: lind,
    type: .consult, mode: "visit", reciprocal: true, date: date.adding(days: -1), dateText: "on Monday",
    datePrecision: "day", status: .occurred, trigger: "met")
  mention.dateValue = nil
  return StoredFile(
    path: path, contentHash: ContentHash.sha256(Array(path.utf8)), bytes: 120,
    articles: [StoredArticle(article: article, mentions: [mention])],
    diagnostics: [IngestDiagnostic(path: path, severity: .warning, message: "record 1: no \"title\"")])
}

@Suite struct StoreTests {
  @Test func aFileRoundTrips() throws {
    let path = try temporaryStorePath()
    let store = try Store(writingTo: path, extractor: "v-test")
    let file = sampleFile("news/a.json")
    try store.save(file)
    let back = try #require(try store.load(path: "news/a.json"))
    #expect(back.contentHash == file.contentHash && back.bytes == 120)
    #expect(back.diagnostics == file.diagnostics)
    #expect(back.articles.map(\.article) == file.articles.map(\.article))
    #expect(back.articles.map(\.mentions) == file.articles.map(\.mentions))
    #expect(try store.query("SELECT outlet FROM articles") == [["example-news.org"]])
    try store.commit()
    // Read back by a second connection.
    let reader = try Store(readingFrom: path)
    #expect(try reader.originalMentions() == file.articles[0].mentions)
  }

  @Test func currentFilesNeedTheSameExtractor() throws {
    let path = try temporaryStorePath()
    let first = try Store(writingTo: path, extractor: "v1")
    try first.save(sampleFile("a.json"))
    try first.commit()
    #expect(try Store(writingTo: path, extractor: "v1").current == ["a.json": sampleFile("a.json").contentHash])
    #expect(try Store(writingTo: path, extractor: "v2").current.isEmpty)
  }

  @Test func aSecondWriterIsRefusedUntilTheFirstEnds() throws {
    let path = try temporaryStorePath()
    try Store(writingTo: path, extractor: "v1").commit()
    let first = try Store(writingTo: path, extractor: "v1")
    let busy = #expect(throws: StoreError.self) { _ = try Store(writingTo: path, extractor: "v1") }
    #expect(busy?.kind == .busy && busy?.reason.contains("another parley run") == true)
    // Readers are not blocked, and see the store as it was.
    try first.save(sampleFile("a.json"))
    #expect(try Store(readingFrom: path).originalMentions().isEmpty)
    try first.commit()
    #expect(try Store(readingFrom: path).originalMentions().count == 1)
    _ = try Store(writingTo: path, extractor: "v1")
  }

  @Test func aRunThatEndsWithoutCommitLeavesTheStoreAsItWas() throws {
    let path = try temporaryStorePath()
    let first = try Store(writingTo: path, extractor: "v1")
    try first.save(sampleFile("a.json"))
    try first.commit()
    let before = try dump(path)
    do {
      let run = try Store(writingTo: path, extractor: "v1")
      try run.save(sampleFile("b.json"))
      try run.keepOnly(["b.json"])
      try run.saveGraph(EventGraph(mentions: sampleFile("b.json").articles[0].mentions))
      #expect(try run.query("SELECT count(*) FROM files") == [["1"]])
      // dropped without commit(): as when the run fails
    }
    #expect(try dump(path) == before)
    #expect(try Store(readingFrom: path).query("SELECT path FROM files") == [["a.json"]])
  }

  @Test func derivedTablesFollowTheGraph() throws {
    let path = try temporaryStorePath()
    let store = try Store(writingTo: path, extractor: "v1")
    let file = sampleFile("a.json")
    try store.save(file)
    let graph = EventGraph(mentions: file.articles[0].mentions)
    try store.saveGraph(graph)
    #expect(try store.query("SELECT id, source_id, target_id, articles FROM events") == [[graph.events[0].id, "jonas-lind", "marta-okafor", "1"]])
    #expect(try store.query("SELECT actor_id, alias FROM aliases ORDER BY 1, 2").contains(["marta-okafor", "Okafor"]))
    #expect(try store.query("SELECT article FROM event_articles") == [["a.json"]])
    let json = try #require(try store.query("SELECT json FROM events").first?.first ?? nil)
    #expect(json.contains("\"evidence\":[\"Marta Okafor met Jonas Lind in Tallinn on Monday.\"]"))
  }

  @Test func filesThatAreNotStoresAreRefused() throws {
    let path = try temporaryStorePath()
    try Data("date,title\n2025-01-01,not a database\n".utf8).write(to: URL(fileURLWithPath: path))
    for open in [{ _ = try Store(writingTo: path, extractor: "v1") }, { _ = try Store(readingFrom: path) }] {
      #expect(#expect(throws: StoreError.self) { try open() }?.kind == .notAStore)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("date,title"))

    // An SQLite database of someone else's.
    let other = try temporaryStorePath()
    try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
    let foreign = #expect(throws: StoreError.self) { _ = try Store(writingTo: other, extractor: "v1") }
    #expect(foreign?.kind == .notAStore && foreign?.reason.contains("Parley did not write") == true)

    // Missing, for reading.
    #expect(#expect(throws: StoreError.self) { _ = try Store(readingFrom: path + ".none") }?.kind == .missing)
  }

  @Test func aNewerSchemaIsRefused() throws {
    let path = try temporaryStorePath()
    try Store(writingTo: path, extractor: "v1").commit()
    try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 99") }
    for open in [{ _ = try Store(writingTo: path, extractor: "v1") }, { _ = try Store(readingFrom: path) }] {
      let error = #expect(throws: StoreError.self) { try open() }
      #expect(error?.kind == .newerSchema && error?.reason.contains("schema 99") == true)
    }
  }

  @Test func outletsComeFromTheURLHost() {
    func outlet(_ url: String?) -> String? {
      StoredArticle.outlet(of: Article(path: "x", paragraphs: ["p"], url: url))
    }
    #expect(outlet("https://www.Harbor-Post.example/a/b") == "harbor-post.example")
    #expect(outlet("http://user@news.example:8080/x") == "news.example")
    #expect(outlet("not a url") == nil)
    #expect(outlet(nil) == nil)
  }
}

/// Every row of every table, as text, in key order: what "the store as it was" means.
func dump(_ path: String) throws -> [String] {
  var config = Configuration()
  config.readonly = true
  return try DatabaseQueue(path: path, configuration: config).read { db in
    var out: [String] = []
    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    for table in tables {
      for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2") {
        out.append(table + ": " + row.description)
      }
    }
    return out
  }
}
