import Foundation
import Testing

/// A store keeps each file under its content and its row of the folder's `sources.tsv`.
@Suite(.serialized) struct StoreSourceTableTests {
  @Test func aChangedRowReadsItsFileAgainAndTheOutletFollows() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let news = dir.appendingPathComponent("news")
    try writeFiles(StoreCommandTests.first, into: news)
    let names = StoreCommandTests.first.keys.sorted()
    func table(_ outlet: String) -> String {
      "file\toutlet\n" + names.map { $0 + "\t" + ($0 == names[0] ? outlet : "Coast Radio") + "\n" }.joined()
    }
    try table("Bay Radio").write(to: news.appendingPathComponent("sources.tsv"), atomically: true, encoding: .utf8)
    let store = dir.appendingPathComponent("s.sqlite").path
    let out = dir.appendingPathComponent("out")
    #expect(await parley(["build", news.path, "-o", out.path, "--store", store, "-q"]) == 0)
    #expect(try rows(URL(fileURLWithPath: store), "SELECT DISTINCT outlet FROM articles ORDER BY outlet") == [["Bay Radio"], ["Coast Radio"]])
    try table("Harbour Radio").write(to: news.appendingPathComponent("sources.tsv"), atomically: true, encoding: .utf8)
    #expect(await parley(["build", news.path, "-o", out.path, "--store", store, "-q"]) == 0)
    #expect(try rows(URL(fileURLWithPath: store), "SELECT DISTINCT outlet FROM articles ORDER BY outlet") == [["Coast Radio"], ["Harbour Radio"]])
    let fresh = dir.appendingPathComponent("fresh")
    #expect(await parley(["build", news.path, "-o", fresh.path, "-q"]) == 0)
    let a = try contents(of: out), b = try contents(of: fresh)
    #expect(a["events.jsonl"] == b["events.jsonl"] && a["mentions.jsonl"] == b["mentions.jsonl"])
    let events = try lines(fresh.appendingPathComponent("events.jsonl")).map(json)
    #expect(events.contains { ($0["outlets"] as? [String] ?? []).contains("Harbour Radio") })
  }
}
