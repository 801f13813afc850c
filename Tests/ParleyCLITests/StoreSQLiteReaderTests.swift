import Foundation
import Testing

/// Runs python3 with `script` and `arguments`; nil when python3 cannot be started.
func runPython(_ script: String, _ arguments: [String]) -> (status: Int32, output: String)? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", "-c", script] + arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = FileHandle.nullDevice
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

let hasPythonSQLite = runPython("import sqlite3", [])?.status == 0

/// Reads a store with Python's own sqlite3 module (not GRDB) and prints what it saw as JSON.
let storeReaderScript = #"""
import json, sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
out = {"integrity": db.execute("PRAGMA integrity_check").fetchone()[0],
       "foreign_keys": db.execute("PRAGMA foreign_key_check").fetchall(),
       "journal": db.execute("PRAGMA journal_mode").fetchone()[0],
       "events": [r[0] for r in db.execute("SELECT json FROM events ORDER BY position")],
       "actors": [r[0] for r in db.execute("SELECT json FROM actors ORDER BY id")],
       "aliases": db.execute("SELECT count(*) FROM aliases").fetchone()[0],
       "original_mentions": db.execute("SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.copy_of IS NULL").fetchone()[0],
       "articles": db.execute("SELECT count(*) FROM articles WHERE copy_of IS NULL").fetchone()[0],
       "titles": [r[0] for r in db.execute("SELECT title FROM articles ORDER BY path")]}
print(json.dumps(out))
"""#

@Suite struct StoreSQLiteReaderTests {
  @Test(.enabled(if: hasPythonSQLite, "python3 with sqlite3 is absent: the store is not read back independently"))
  func pythonsSQLiteReadsWhatTheJSONLinesSay() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("news")
    var files = StoreCommandTests.first
    files["2025-06-07-odd-names.txt"] = seedArticle(
      "2025-06-07", "Talks, \"quotes\" & <brackets> — Переговоры 会谈",
      "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Friday.")
    try writeFiles(files, into: input)
    let store = dir.appendingPathComponent("parley.sqlite")
    let out = dir.appendingPathComponent("out")
    #expect(await parley(["build", input.path, "--store", store.path, "-o", out.path, "-q"]) == 0)
    let run = try #require(runPython(storeReaderScript, [store.path]))
    #expect(run.status == 0)
    let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(seen["integrity"] as? String == "ok")
    #expect((seen["foreign_keys"] as? [Any])?.isEmpty == true)
    #expect(seen["journal"] as? String == "wal")
    // The json columns are the JSON Lines, line for line.
    #expect(seen["events"] as? [String] == (try lines(out.appendingPathComponent("events.jsonl"))))
    #expect(seen["actors"] as? [String] == (try lines(out.appendingPathComponent("actors.jsonl"))))
    #expect(seen["original_mentions"] as? Int == (try lines(out.appendingPathComponent("mentions.jsonl"))).count)
    #expect(seen["articles"] as? Int == files.count)
    let aliases = try lines(out.appendingPathComponent("actors.jsonl")).map(json).reduce(0) { $0 + (($1["aliases"] as? [String])?.count ?? 0) }
    #expect(seen["aliases"] as? Int == aliases)
    #expect((seen["titles"] as? [String])?.contains("Talks, \"quotes\" & <brackets> — Переговоры 会谈") == true)
  }
}
