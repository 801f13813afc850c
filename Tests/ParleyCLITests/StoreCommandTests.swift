import Foundation
import GRDB
import ParleyStore
import Testing

/// A seed-style article (` date` header, headline, one paragraph a line), in words of our own.
func seedArticle(_ date: String, _ title: String, _ body: String...) -> String {
  " date \(date) 200\n\(title)\n" + body.joined(separator: "\n") + "\n"
}

/// Writes `files` (name → text) into `folder`.
func writeFiles(_ files: [String: String], into folder: URL) throws {
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
}

/// The files of a folder by name (hidden ones too), with their bytes.
func contents(of folder: URL) throws -> [String: Data] {
  var out: [String: Data] = [:]
  for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
    out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
  }
  return out
}

/// Runs SQL on a store directly (as another tool would), outside Parley.
func sql(_ store: URL, _ statement: String) throws {
  try DatabaseQueue(path: store.path).write { db in try db.execute(sql: statement) }
}

func rows(_ store: URL, _ query: String) throws -> [[String?]] {
  try Store(readingFrom: store.path).query(query)
}

@Suite(.serialized) struct StoreCommandTests {
  static let first = [
    "2025-06-02-call.txt": seedArticle(
      "2025-06-02", "Lavrov and Fidan speak",
      "Russian Foreign Minister Sergey Lavrov and Turkish Foreign Minister Hakan Fidan spoke by phone on Sunday about a ceasefire."),
    "2025-06-04-visit.txt": seedArticle(
      "2025-06-04", "Sybiha in Ankara",
      "Ukrainian Foreign Minister Andrii Sybiha met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday.",
      "The two ministers discussed grain shipments across the Black Sea."),
    "2025-06-05-accuse.txt": seedArticle(
      "2025-06-05", "Kyiv blames Moscow", "Ukraine accused Russia on Thursday of shelling the port of Odesa."),
  ]

  static let later = [
    // Sorts before the visit it copies: in a fresh build it is the original.
    "2025-06-01-copy-of-visit.txt": seedArticle(
      "2025-06-04", "Sybiha in Ankara",
      "Ukrainian Foreign Minister Andrii Sybiha met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday.",
      "The two ministers discussed grain shipments across the Black Sea."),
    "2025-06-06-rubio.txt": seedArticle(
      "2025-06-06", "Rubio calls Fidan",
      "U.S. Secretary of State Marco Rubio spoke with Turkish Foreign Minister Hakan Fidan by phone on Friday."),
  ]

  @Test func aSecondRunOverMoreFilesEqualsAFreshBuild() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("news")
    let store = dir.appendingPathComponent("parley.sqlite")
    try writeFiles(Self.first, into: input)
    let out1 = dir.appendingPathComponent("out1")
    #expect(await parley(["build", input.path, "--store", store.path, "-o", out1.path, "-q"]) == 0)
    let fresh1 = dir.appendingPathComponent("fresh1")
    #expect(await parley(["build", input.path, "-o", fresh1.path, "-q"]) == 0)
    #expect(try contents(of: out1) == contents(of: fresh1))

    try writeFiles(Self.later, into: input)
    let out2 = dir.appendingPathComponent("out2")
    #expect(await parley(["build", input.path, "--store", store.path, "-o", out2.path, "-q"]) == 0)
    let fresh2 = dir.appendingPathComponent("fresh2")
    #expect(await parley(["build", input.path, "-o", fresh2.path, "-q"]) == 0)
    let incremental = try contents(of: out2)
    let everything = try contents(of: fresh2)
    #expect(incremental.keys.sorted() == everything.keys.sorted())
    for name in everything.keys.sorted() {
      #expect(incremental[name] == everything[name], "\(name) differs from a fresh build")
    }
    #expect(try rows(store, "SELECT count(*) FROM files") == [["5"]])
    // The copy is decided again in input order: the earlier path is the original now.
    #expect(
      try rows(store, "SELECT path, copy_of FROM articles WHERE copy_of IS NOT NULL")
        == [[input.appendingPathComponent("2025-06-04-visit.txt").path, input.appendingPathComponent("2025-06-01-copy-of-visit.txt").path]])
    #expect(try rows(store, "SELECT count(*) FROM events") == [[String(try lines(out2.appendingPathComponent("events.jsonl")).count)]])
  }

  @Test func unchangedFilesAreTakenFromTheStore() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("news")
    let store = dir.appendingPathComponent("parley.sqlite")
    let out = dir.appendingPathComponent("out")
    func build() async -> Int32 { await parley(["build", input.path, "--store", store.path, "-o", out.path, "-q"]) }
    func events() throws -> String { try String(contentsOf: out.appendingPathComponent("events.jsonl"), encoding: .utf8) }
    try writeFiles(Self.first, into: input)
    #expect(await build() == 0)

    // Mark the stored mentions: a file taken from the store shows the mark, a file read again does not.
    try sql(store, "UPDATE mentions SET json = replace(json, 'in Ankara', 'in STORED-Ankara')")
    try writeFiles(["2025-06-06-rubio.txt": Self.later["2025-06-06-rubio.txt"]!], into: input)
    #expect(await build() == 0)
    #expect(try events().contains("STORED-Ankara"))
    #expect(try events().contains("marco-rubio"))

    // A file changed in place is read again.
    try writeFiles(
      ["2025-06-04-visit.txt": seedArticle("2025-06-04", "Sybiha in Ankara", "Ukrainian Foreign Minister Andrii Sybiha met Turkish Foreign Minister Hakan Fidan in Ankara on Monday.")],
      into: input)
    #expect(await build() == 0)
    #expect(try !events().contains("STORED-Ankara"))
    #expect(try events().contains("met Turkish Foreign Minister Hakan Fidan in Ankara on Monday"))

    // Files read by another extractor version are all read again.
    try sql(store, "UPDATE mentions SET json = replace(json, 'by phone', 'by STORED-phone')")
    try sql(store, "UPDATE files SET extractor = 'v0'")
    #expect(await build() == 0)
    #expect(try !events().contains("STORED-phone"))

    // Other --actors files also read everything again.
    try sql(store, "UPDATE mentions SET json = replace(json, 'by phone', 'by STORED-phone')")
    let actors = dir.appendingPathComponent("actors.tsv")
    try "Orvan Tesk\tTesk\tperson\tPER\tGOV\t2024\t\tForeign Minister\n".write(to: actors, atomically: true, encoding: .utf8)
    #expect(await parley(["build", input.path, "--store", store.path, "--actors", actors.path, "-o", out.path, "-q"]) == 0)
    #expect(try !events().contains("STORED-phone"))

    // A file no longer among the given paths is dropped from the store.
    try FileManager.default.removeItem(at: input.appendingPathComponent("2025-06-05-accuse.txt"))
    #expect(await build() == 0)
    #expect(try rows(store, "SELECT count(*) FROM articles WHERE path LIKE '%accuse%'") == [["0"]])
    #expect(try rows(store, "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id") == rows(store, "SELECT count(*) FROM mentions"))
    let fresh = dir.appendingPathComponent("fresh")
    #expect(await parley(["build", input.path, "-o", fresh.path, "-q"]) == 0)
    #expect(try contents(of: out) == contents(of: fresh))
  }

  @Test func exportWritesWhatBuildWrites() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = dir.appendingPathComponent("samples.sqlite")
    let built = dir.appendingPathComponent("built")
    #expect(await parley(["build", "Samples", "--store", store.path, "-o", built.path, "-q"]) == 0)
    let exported = dir.appendingPathComponent("exported")
    #expect(await parley(["export", "--store", store.path, "-o", exported.path, "-q"]) == 0)
    let dataFiles = [
      "mentions.jsonl", "events.jsonl", "actors.jsonl", "mentions.csv", "events.csv", "actors.csv",
      "graph.graphml", "graph.gexf", "graph.json",
    ]
    let b = try contents(of: built)
    let e = try contents(of: exported)
    #expect(Set(e.keys) == Set(dataFiles + [".parley-output"]))
    for name in dataFiles { #expect(e[name] == b[name], "\(name) differs from build's") }

    // With view options, as build applies them.
    let view = ["--level", "country", "--from", "2025-05-01", "--type", "CONSULT"]
    let builtView = dir.appendingPathComponent("built-view")
    #expect(await parley(["build", "Samples", "-o", builtView.path, "-q"] + view) == 0)
    let exportedView = dir.appendingPathComponent("exported-view")
    #expect(await parley(["export", "--store", store.path, "-o", exportedView.path, "-q", "--format", "csv,graphml"] + view) == 0)
    let bv = try contents(of: builtView)
    let ev = try contents(of: exportedView)
    #expect(Set(ev.keys) == ["mentions.csv", "events.csv", "actors.csv", "graph.graphml", ".parley-output"])
    for name in ev.keys where name != ".parley-output" { #expect(ev[name] == bv[name], "\(name) differs from build's") }
    #expect(bv["events.csv"] != b["events.csv"])

    #expect(await parley(["export", "--store", store.path, "-o", exportedView.path, "--format", "csv,xlsx"]) == 2)
  }

  @Test func badStoresGetAClearErrorAndStayAsTheyWere() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("news")
    try writeFiles(["2025-06-02-call.txt": Self.first["2025-06-02-call.txt"]!], into: input)
    let out = dir.appendingPathComponent("out")

    let text = dir.appendingPathComponent("notes.sqlite")
    try "these are my notes, not a database\n".write(to: text, atomically: true, encoding: .utf8)
    #expect(await parley(["build", input.path, "--store", text.path, "-o", out.path, "-q"]) == 3)
    #expect(await parley(["export", "--store", text.path, "-o", out.path, "-q"]) == 2)
    #expect(try String(contentsOf: text, encoding: .utf8) == "these are my notes, not a database\n")
    #expect(!FileManager.default.fileExists(atPath: out.path))

    let newer = dir.appendingPathComponent("newer.sqlite")
    #expect(await parley(["build", input.path, "--store", newer.path, "-o", out.path, "-q"]) == 0)
    try sql(newer, "PRAGMA user_version = 7")
    #expect(await parley(["build", input.path, "--store", newer.path, "-o", out.path, "-q"]) == 3)
    #expect(await parley(["export", "--store", newer.path, "-o", out.path, "-q"]) == 2)

    #expect(await parley(["export", "--store", dir.appendingPathComponent("none.sqlite").path, "-o", out.path, "-q"]) == 2)
    #expect(await parley(["build", "-", "--store", newer.path, "-o", out.path, "-q"]) == 2)
    #expect(await parley(["build", input.path, "--store", out.appendingPathComponent("s.sqlite").path, "-o", out.path, "-q"]) == 2)
  }

  @Test func aSecondWriterIsRefused() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("news")
    try writeFiles(Self.first, into: input)
    let store = dir.appendingPathComponent("parley.sqlite")
    let out = dir.appendingPathComponent("out")
    #expect(await parley(["build", input.path, "--store", store.path, "-o", out.path, "-q"]) == 0)
    let before = try rows(store, "SELECT path, content_hash FROM files ORDER BY path")
    try writeFiles(Self.later, into: input)
    do {
      let holder = try Store(writingTo: store.path, extractor: "someone else")
      #expect(await parley(["build", input.path, "--store", store.path, "-o", dir.appendingPathComponent("out2").path, "-q"]) == 3)
      holder.rollback()
    }
    #expect(try rows(store, "SELECT path, content_hash FROM files ORDER BY path") == before)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out2").path))
    #expect(await parley(["build", input.path, "--store", store.path, "-o", out.path, "-q"]) == 0)
    #expect(try rows(store, "SELECT count(*) FROM files") == [["5"]])
  }
}
