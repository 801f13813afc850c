import Foundation
import Testing

/// `parley build --level … --top … --status …`: the view applies to every output.
@Suite struct ViewOptionTests {
  static let text = """
     date 2025-05-02 200
    Talks
    Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer in Lima on Thursday.

    Chilean President Gabriel Boric will visit Argentina next month.
    """

  @Test func countryLevelRollsPeopleUpInEveryOutput() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let article = dir.appendingPathComponent("a.txt")
    try Self.text.write(to: article, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out")
    #expect(await parley(["build", article.path, "-o", out.path, "-q", "--level", "country", "--status", "occurred"]) == 0)
    let events = try lines(out.appendingPathComponent("events.jsonl")).map(json)
    #expect(events.count == 1)
    #expect(Set([events.first?["source"] as? String, events.first?["target"] as? String]) == ["chile", "peru"])
    let csv = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
    #expect(csv.contains(",chile,") && csv.contains(",peru,") && !csv.contains(",ana-soto,"))
    // The pictures' captions say which view they show.
    let svg = try String(contentsOf: out.appendingPathComponent("network.svg"), encoding: .utf8)
    #expect(svg.contains("view: country level; occurred"))
    let actors = try lines(out.appendingPathComponent("actors.jsonl")).map(json)
    #expect(!actors.isEmpty && actors.allSatisfy { ($0["actor"] as? [String: Any] ?? $0)["kind"] as? String != "person" })
  }

  @Test func badViewOptionsAreUsageErrors() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let article = dir.appendingPathComponent("a.txt")
    try Self.text.write(to: article, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out").path
    #expect(await parley(["build", article.path, "-o", out, "-q", "--level", "planet"]) == 2)
    #expect(await parley(["build", article.path, "-o", out, "-q", "--from", "2025-02-30"]) == 2)
    #expect(await parley(["build", article.path, "-o", out, "-q", "--type", "CHAT"]) == 2)
    #expect(await parley(["build", article.path, "-o", out, "-q", "--top", "0"]) == 2)
    #expect(await parley(["build", article.path, "-o", out, "-q", "--from", "2025-05-02", "--to", "2025-05-01"]) == 2)
  }
}
