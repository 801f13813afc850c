import Foundation
import GRDB
import ParleyExtract
import ParleyGraph
import ParleyIngest

/// A Parley store: one SQLite file keeping the files read, their articles and mentions, and
/// the graph merged from them, so that a later run reads only new or changed files.
///
/// Opened for writing, a store holds SQLite's write lock from ``init(writingTo:)`` to
/// ``commit()`` in one transaction (`BEGIN IMMEDIATE`, WAL journal): a second writer is
/// refused at once with ``StoreError/Kind/busy``, readers see the store as it was, and a
/// run that fails or is killed before ``commit()`` leaves it exactly as it was.
///
/// Not thread-safe: use one store from one task at a time.
public final class Store: @unchecked Sendable {
  /// The extraction whose results a store keeps: ``Extractor/fingerprint`` (the rules'
  /// version and the built-in dictionaries). Files read by another one are read again.
  public static var extractorVersion: String { Extractor.fingerprint }

  /// The path as the user gave it.
  public let path: String
  /// The extractor fingerprint files are read with in this run (see ``fingerprint(actorFiles:)``).
  public let extractor: String
  /// For each stored file read with ``extractor``: its content hash, as the run began.
  public let current: [String: String]

  private let queue: DatabaseQueue
  private var open = true
  private let writing: Bool

  /// The fingerprint of extraction: ``extractorVersion`` and, when `--actors` files are
  /// given, the SHA-256 of their contents in order.
  public static func fingerprint(actorFiles: [[UInt8]]) -> String {
    guard !actorFiles.isEmpty else { return extractorVersion }
    var joined: [UInt8] = []
    for file in actorFiles {
      joined += Array(String(file.count).utf8) + [0x0A] + file
    }
    return extractorVersion + "+actors:" + ContentHash.sha256(joined)
  }

  /// Opens the store at `path` for writing, creating it when missing, and takes its write lock.
  /// - Parameters:
  ///   - path: The store file.
  ///   - extractor: The fingerprint of this run's extraction; stored files read with
  ///     another are not ``current``.
  /// - Throws: ``StoreError``: `.busy` when another run writes it, `.notAStore` when the
  ///   file is not a Parley store, `.newerSchema` when a newer Parley wrote it.
  public init(writingTo path: String, extractor: String) throws {
    self.path = path
    self.extractor = extractor
    writing = true
    var config = Configuration()
    config.busyMode = .immediateError
    config.allowsUnsafeTransactions = true
    config.label = "parley-store"
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: path, configuration: config)
    } catch {
      throw Self.storeError(error, path: path)
    }
    self.queue = queue
    do {
      current = try queue.writeWithoutTransaction { db -> [String: String] in
        // Someone else's database is refused before anything is changed in it, the journal
        // mode included; ours (or a new one) is switched to WAL, then locked.
        let (application, version) = try Self.identity(db)
        let empty = try Self.isEmpty(db)
        if !(application == 0 && version == 0 && empty) {
          try Self.check(application: application, version: version, db: db, path: path)
        }
        try db.execute(sql: "PRAGMA journal_mode = WAL")
        try db.execute(sql: "BEGIN IMMEDIATE")
        do {
          try Self.prepareSchema(db, path: path)
          var current: [String: String] = [:]
          for row in try Row.fetchAll(db, sql: "SELECT path, content_hash FROM files WHERE extractor = ?", arguments: [extractor]) {
            current[row["path"]] = row["content_hash"]
          }
          return current
        } catch {
          try? db.execute(sql: "ROLLBACK")
          throw error
        }
      }
    } catch {
      open = false
      throw Self.storeError(error, path: path)
    }
  }

  /// Opens an existing store for reading.
  /// - Throws: ``StoreError``: `.missing`, `.notAStore` or `.newerSchema`.
  public init(readingFrom path: String) throws {
    self.path = path
    extractor = ""
    writing = false
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw StoreError(.missing, path: path, reason: "no such file")
    }
    guard !isFolder.boolValue else { throw StoreError(.notAStore, path: path, reason: "is a folder, not a store file") }
    // Opened read-write when the file allows it, so that closing the last connection removes
    // the WAL files as a writer does (a read-only connection leaves them behind); queries only.
    var config = Configuration()
    config.busyMode = .timeout(10)
    config.label = "parley-store"
    config.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
    do {
      if access(path, W_OK) == 0, access((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent, W_OK) == 0 {
        queue = try DatabaseQueue(path: path, configuration: config)
      } else {
        config.readonly = true
        queue = try DatabaseQueue(path: path, configuration: config)
      }
      try queue.read { db in
        let (application, version) = try Self.identity(db)
        if application == 0, version == 0, try Self.isEmpty(db) {
          throw StoreError(.notAStore, path: path, reason: "is empty, not a Parley store (write one with parley build --store)")
        }
        try Self.check(application: application, version: version, db: db, path: path)
        if version < StoreSchema.version {
          throw StoreError(.notAStore, path: path, reason: "was written by an older Parley (schema \(version)); run parley build --store again to update it")
        }
      }
    } catch {
      throw Self.storeError(error, path: path)
    }
    current = [:]
    open = false
  }

  deinit { rollback() }

  // MARK: Writing

  /// The stored file at `path`, with its articles, mentions and diagnostics.
  /// - Throws: ``StoreError`` when SQLite fails or a stored row cannot be decoded.
  public func load(path file: String) throws -> StoredFile? {
    do {
      return try queue.writeWithoutTransaction { db in try StoreRows.file(file, in: db) }
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  /// Replaces what is stored for `file.path` by `file` (read with ``extractor``).
  public func save(_ file: StoredFile) throws {
    try write { db in try StoreRows.insert(file, extractor: self.extractor, into: db) }
  }

  /// Records which articles of an unchanged stored file are copies this run.
  public func updateCopies(of file: StoredFile) throws {
    try updateCopies(path: file.path, copyOf: file.articles.map(\.copyOf))
  }

  /// Records, for each article of the stored file at `path` in order, the path of the
  /// article it copies (nil for none).
  public func updateCopies(path: String, copyOf: [String?]) throws {
    try write { db in
      let statement = try db.cachedStatement(sql: "UPDATE articles SET copy_of = ? WHERE file = ? AND record = ?")
      for (record, original) in copyOf.enumerated() {
        try statement.execute(arguments: [original, path, record])
      }
    }
  }

  /// Drops the files (with their articles and mentions) whose paths are not in `paths`.
  /// - Returns: How many articles were dropped.
  @discardableResult
  public func keepOnly(_ paths: Set<String>) throws -> Int {
    try write { db in
      var dropped = 0
      for row in try Row.fetchAll(db, sql: "SELECT path, (SELECT count(*) FROM articles WHERE file = files.path) AS n FROM files") {
        let file: String = row["path"]
        guard !paths.contains(file) else { continue }
        dropped += row["n"] as Int
        try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [file])
      }
      return dropped
    }
  }

  /// Rewrites the derived tables (actors, aliases, events, event_articles) from `graph`.
  public func saveGraph(_ graph: EventGraph) throws {
    try write { db in try StoreRows.replaceGraph(graph, in: db) }
  }

  /// Makes every change of this run permanent and releases the write lock.
  /// - Throws: ``StoreError`` when SQLite cannot commit (the store is then as before the run).
  public func commit() throws {
    guard open else { return }
    do {
      try queue.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
      open = false
    } catch {
      rollback()
      throw Self.storeError(error, path: path)
    }
  }

  /// Undoes every change of this run and releases the write lock (also done on deinit).
  public func rollback() {
    guard open else { return }
    open = false
    try? queue.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
  }

  private func write<T>(_ body: (Database) throws -> T) throws -> T {
    precondition(writing && open, "the store is not open for writing")
    do {
      return try queue.writeWithoutTransaction(body)
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  // MARK: Reading

  /// The mentions of the articles that are not copies, as extracted: what the graph is
  /// merged from (`EventGraph(mentions:)` gives the graph of the last run).
  public func originalMentions() throws -> [Mention] {
    do {
      return try queue.read { db in try StoreRows.originalMentions(in: db) }
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  /// What the stored files gave, for a report's summary: the articles that are not
  /// copies, the copies, and the `skipped` diagnostics of the files (by path).
  /// - Throws: ``StoreError`` when SQLite fails or a stored row cannot be decoded.
  public func readingSummary() throws -> (articles: Int, copies: Int, skipped: [IngestDiagnostic]) {
    do {
      return try queue.read { db in
        let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE copy_of IS NULL") ?? 0
        let copies = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE copy_of IS NOT NULL") ?? 0
        var skipped: [IngestDiagnostic] = []
        for row in try Row.fetchAll(db, sql: "SELECT diagnostics FROM files ORDER BY path") {
          for d in try StoreRows.decode([StoreRows.Diagnostic].self, row["diagnostics"]) where d.severity == IngestDiagnostic.Severity.skipped.rawValue {
            skipped.append(IngestDiagnostic(path: d.path, severity: .skipped, message: d.message))
          }
        }
        return (articles, copies, skipped)
      }
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  /// Runs `sql` (a query) and returns its rows as text values (nil for NULL), for tests and tools.
  public func query(_ sql: String) throws -> [[String?]] {
    let body: (Database) throws -> [[String?]] = { db in
      try Row.fetchAll(db, sql: sql).map { row in
        row.databaseValues.map { value in
          switch value.storage {
          case .null: nil
          case .int64(let i): String(i)
          case .double(let d): String(d)
          case .string(let s): s
          case .blob(let b): b.base64EncodedString()
          }
        }
      }
    }
    do {
      return writing && open ? try queue.writeWithoutTransaction(body) : try queue.read(body)
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  // MARK: Schema

  private static func identity(_ db: Database) throws -> (application: Int32, version: Int) {
    let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    return (application, version)
  }

  private static func isEmpty(_ db: Database) throws -> Bool {
    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
  }

  private static func check(application: Int32, version: Int, db: Database, path: String) throws {
    guard application == StoreSchema.applicationID else {
      throw StoreError(.notAStore, path: path, reason: "is an SQLite database that Parley did not write; give a new file or a Parley store")
    }
    if version > StoreSchema.version {
      throw StoreError(
        .newerSchema, path: path,
        reason: "was written by a newer Parley (store schema \(version); this one knows up to \(StoreSchema.version))")
    }
  }

  /// Creates the tables in an empty database, rebuilds an older schema, refuses others.
  private static func prepareSchema(_ db: Database, path: String) throws {
    let (application, version) = try identity(db)
    if application == 0, version == 0, try isEmpty(db) {
      try create(db)
      return
    }
    try check(application: application, version: version, db: db, path: path)
    if version < StoreSchema.version {
      // An older schema only caches what can be read again: rebuild it.
      for table in StoreSchema.tables { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
      try create(db)
    }
  }

  private static func create(_ db: Database) throws {
    try db.execute(sql: StoreSchema.create)
    try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)")
    try db.execute(sql: "PRAGMA user_version = \(StoreSchema.version)")
  }

  /// A ``StoreError`` for `error` (GRDB's errors become readable reasons).
  static func storeError(_ error: Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? DatabaseError else {
      return StoreError(.failed, path: path, reason: "\(error)")
    }
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return StoreError(.busy, path: path, reason: "another parley run is writing this store; try again when it ends")
    case .SQLITE_NOTADB:
      return StoreError(.notAStore, path: path, reason: "is not an SQLite database (give a new file or a Parley store)")
    case .SQLITE_CORRUPT:
      return StoreError(.notAStore, path: path, reason: "is damaged (SQLite reports corruption); give a new file")
    case .SQLITE_CANTOPEN:
      return StoreError(.failed, path: path, reason: "cannot be opened (missing folder or permission denied)")
    case .SQLITE_READONLY:
      return StoreError(.failed, path: path, reason: "is read-only")
    case .SQLITE_FULL:
      return StoreError(.failed, path: path, reason: "the disk is full")
    default:
      return StoreError(.failed, path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
    }
  }
}
