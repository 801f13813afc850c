import Foundation
import Testing

/// `--actors FILE`: a user's own dictionary rows, read by `build` and `extract`.
@Suite struct ActorsOptionTests {
  @Test func aUserRowMakesAnUnknownNameAnActor() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try " date 2025-05-02 200\nTalks\nOrvan Tesk met Chilean Foreign Minister Ana Soto in Santiago on Thursday.\n"
      .write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let actors = dir.appendingPathComponent("actors.tsv")
    try "# our own actors\nOrvan Tesk\tTesk\tperson\tPER\tGOV\t2024\t\tForeign Minister\n"
      .write(to: actors, atomically: true, encoding: .utf8)

    let without = dir.appendingPathComponent("without")
    #expect(await parley(["build", input.path, "-o", without.path, "-q"]) == 0)
    #expect(try lines(without.appendingPathComponent("mentions.jsonl")).isEmpty)

    let with = dir.appendingPathComponent("with")
    #expect(await parley(["build", input.path, "--actors", actors.path, "-o", with.path, "-q"]) == 0)
    let mentions = try lines(with.appendingPathComponent("mentions.jsonl")).map(json)
    #expect(mentions.count == 1)
    let names = mentions.flatMap { m in
      ["source", "target"].compactMap { (m[$0] as? [String: Any])?["name"] as? String }
    }
    #expect(Set(names) == ["Orvan Tesk", "Ana Soto"])
    let tesk = mentions.flatMap { m in ["source", "target"].compactMap { m[$0] as? [String: Any] } }
      .first { $0["name"] as? String == "Orvan Tesk" }
    #expect(tesk?["country"] as? String == "PER")
  }

  @Test func aBadRowIsReportedAndGivesExitStatusOne() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let article = dir.appendingPathComponent("a.txt")
    try " date 2025-05-02 200\nTalks\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer on Thursday.\n"
      .write(to: article, atomically: true, encoding: .utf8)
    let actors = dir.appendingPathComponent("actors.tsv")
    try "Someone\t\tnonsense\tPER\tGOV\n".write(to: actors, atomically: true, encoding: .utf8)
    #expect(await parley(["build", article.path, "--actors", actors.path, "-o", dir.appendingPathComponent("out").path, "-q"]) == 1)
    // A file that does not exist is a usage error.
    #expect(await parley(["extract", article.path, "--actors", dir.appendingPathComponent("none.tsv").path, "-q"]) == 2)
  }
}
