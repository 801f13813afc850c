import Foundation
import Testing

@testable import ParleyCLI

/// `--max-file-work`: a file whose extraction needs more work steps than allowed is skipped
/// as too complex, with a diagnostic and exit status 1, and the run goes on.
@Suite(.serialized) struct FileWorkLimitTests {
  /// A folder with one ordinary article and one of joint meetings of twenty sides, repeated.
  private func folder() throws -> URL {
    let dir = try Paths.temporaryDirectory()
    try " date 2025-04-28 200\nTalks\nEmmanuel Macron met Olaf Scholz in Berlin on Sunday.\n"
      .write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    let sides = ["France", "Germany", "Italy", "Spain", "Poland", "Japan", "India", "Brazil", "Canada", "Mexico",
      "Turkey", "Egypt", "Kenya", "Chile", "Peru", "Norway", "Sweden", "Finland", "Greece", "Portugal"]
    let sentence = "At a multilateral meeting " + sides.joined(separator: ", ") + " and Austria met."
    let body = (0..<300).map { "\(sentence) It was round \($0)." }.joined(separator: "\n\n")
    try (" date 2025-04-28 200\nSummits\n" + body + "\n")
      .write(to: dir.appendingPathComponent("joint.txt"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test func aFileOverTheBudgetIsSkippedAsTooComplex() async throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    var pipeline = Pipeline(ingestor: .init())
    pipeline.maxFileWork = 200_000
    let result = await pipeline.run([dir.path])
    #expect(result.articles == 1)
    #expect(result.skipped.map(\.path) == [dir.appendingPathComponent("joint.txt").path])
    #expect(result.skipped.first?.message.hasPrefix("too complex, skipped") == true)
    #expect(!result.mentions.isEmpty && result.mentions.allSatisfy { $0.article.hasSuffix("good.txt") })
    // The default budget reads both.
    let all = await Pipeline(ingestor: .init()).run([dir.path])
    #expect(all.articles == 2 && all.skipped.isEmpty)
  }

  @Test func theCommandExitsOneAndWritesTheRest() async throws {
    let dir = try folder()
    let out = try Paths.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: dir)
      try? FileManager.default.removeItem(at: out)
    }
    let status = await parley(["build", dir.path, "-o", out.path, "--quiet", "--max-file-work", "0.2"])
    #expect(status == 1)
    let written = try lines(out.appendingPathComponent("mentions.jsonl"))
    #expect(!written.isEmpty && written.allSatisfy { $0.contains("good.txt") })
  }

  @Test(arguments: ["0", "-1", "nan", "inf", "2000000"])
  func outOfRangeLimitsAreUsageErrors(_ limit: String) async throws {
    let out = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    #expect(await parley(["build", "Samples", "-o", out.path, "--quiet", "--max-file-work", limit]) == 2)
  }
}
