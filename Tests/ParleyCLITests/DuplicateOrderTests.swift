import Foundation
import ParleyIngest
import Testing

@testable import ParleyCLI

/// Which copy of an article is kept does not depend on file names or order (issue 15, item 10).
@Suite struct PipelineDuplicateOrderTests {
  static let body = """
    Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer on Monday in Lima.
    The two ministers discussed the border crossing and agreed to meet again next month.
    """

  /// The mentions of a run without their article paths, as sorted JSON lines.
  func run(_ files: [(name: String, date: String)]) async throws -> (mentions: [String], copies: Int, kept: [String]) {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for file in files {
      try " date \(file.date) 200\nMinisters Meet in Lima\n\(Self.body)\n"
        .write(to: dir.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
    }
    let result = await Pipeline(ingestor: Ingestor()).run([dir.path])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    var kept: [String: String] = [:]
    let mentions = try result.mentions.map { mention -> String in
      var mention = mention
      kept[mention.article] = files.first { dir.appendingPathComponent($0.name).path == mention.article }?.date
      mention.article = ""
      return String(decoding: try encoder.encode(mention), as: UTF8.self)
    }.sorted()
    return (mentions, result.copies, kept.values.sorted())
  }

  @Test("the same contents under permuted names give the same mentions; the earliest copy wins")
  func permutedNames() async throws {
    let dates = ["2024-05-13", "2024-03-04", "2024-04-08"]
    let first = try await run(zip(["a.txt", "b.txt", "c.txt"], dates).map { ($0, $1) })
    #expect(first.copies == 2)
    #expect(first.kept == ["2024-03-04"])
    #expect(!first.mentions.isEmpty)
    for names in [["c.txt", "a.txt", "b.txt"], ["b.txt", "c.txt", "a.txt"], ["z.txt", "y.txt", "x.txt"]] {
      let other = try await run(zip(names, dates).map { ($0, $1) })
      #expect(other.mentions == first.mentions)
      #expect(other.copies == 2)
      #expect(other.kept == ["2024-03-04"])
    }
  }
}
