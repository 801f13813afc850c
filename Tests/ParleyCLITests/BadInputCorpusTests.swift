import Foundation
import ParleyIngest
import Testing

@testable import ParleyCLI

/// A folder of every kind of bad input from issue 15 beside one good article: each bad file
/// gets its diagnostic, the good one is still read, and the exit status says what was skipped.
@Suite(.serialized) struct BadInputCorpusTests {
  static let good = """
     date 2024-05-13 200
    Ministers Meet in Lima
    Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer on Monday in Lima.
    """

  func writeCorpus(_ dir: URL) throws {
    func write(_ name: String, _ bytes: [UInt8]) throws {
      try Data(bytes).write(to: dir.appendingPathComponent(name))
    }
    try write("good.txt", Array(Self.good.utf8))
    try write(
      "nested.html",
      Array(("<html><body>" + String(repeating: "<div>Word. ", count: 3_000) + String(repeating: "</div>", count: 3_000)).utf8))
    try write("deep.json", Array((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8))
    try write("unclosed.md", Array(("# Title\n\n" + String(repeating: "![", count: 8_000) + "\n").utf8))
    try write(
      "feed.jsonl",
      Array("{\"title\":\"A\",\"text\":\"One.\",\"date\":\"2024-01-01\"}\n{broken\n{\"title\":\"B\",\"text\":\"Two.\",\"date\":\"2024-01-02\"}\n".utf8))
    try write("stray.txt", Array("Title\n\nText with ".utf8) + [0xFF, 0xFE] + Array(" stray bytes.\n".utf8))
    var wide: [UInt8] = []
    for unit in "Wide Title\n\nText in UTF-16 without a byte order mark.\n".utf16 { wide += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try write("wide.txt", wide)
    try write("bad-date.txt", Array(" date 2025-02-30 200\nTitle\nSome text here.\n".utf8))
  }

  @Test("every bad file has its diagnostic, the good article is read, exit status 1")
  func corpus() async throws {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeCorpus(dir)
    let result = await Pipeline(ingestor: Ingestor()).run([dir.path])
    func messages(_ name: String) -> [String] {
      result.diagnostics.filter { $0.path.hasSuffix("/" + name) }.map(\.message)
    }
    #expect(result.skipped.map { ($0.path as NSString).lastPathComponent } == ["deep.json"])
    #expect(messages("deep.json") == ["JSON nested deeper than 100 levels"])
    #expect(messages("nested.html").contains { $0.hasPrefix("HTML nested deeper than") })
    #expect(messages("feed.jsonl") == ["line 2: invalid JSON, line skipped"])
    #expect(messages("stray.txt").contains("invalid UTF-8 sequences replaced"))
    #expect(!messages("wide.txt").contains { $0.contains("binary") })
    #expect(messages("bad-date.txt").contains { $0.contains("2025-02-30") })
    // good, nested, unclosed, two records of feed, stray, wide, bad-date
    #expect(result.articles == 8)
    #expect(result.mentions.contains { $0.article.hasSuffix("/good.txt") })
    let status = await parley(["extract", dir.path, "--quiet"])
    #expect(status == 1)
  }
}
