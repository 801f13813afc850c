import Foundation
import ParleyExtract
import ParleyGraph
import ParleyIngest
import ParleyRender

/// The measurements `parley bench` runs in a child process of its own.
public enum BenchProbes {
  /// What a build probe reports.
  public struct BuildResult: Codable, Equatable, Sendable {
    /// Wall time from reading the first file to writing the last output.
    public var seconds: Double
    /// The child's peak resident set size (VmHWM) in KiB.
    public var peakKiB: Int
    public var files: Int
    public var articles: Int
    public var copies: Int
    public var mentions: Int
    public var events: Int
  }

  /// What a build counted: the CLI's `parley build` reports it to ``build(folder:with:)``.
  public struct BuildCounts: Sendable {
    public var files: Int
    public var articles: Int
    public var copies: Int
    public var mentions: Int
    public var events: Int

    /// Creates the counts.
    public init(files: Int, articles: Int, copies: Int, mentions: Int, events: Int) {
      self.files = files
      self.articles = articles
      self.copies = copies
      self.mentions = mentions
      self.events = events
    }
  }

  /// Times `build(FOLDER, TEMP)` (what `parley build FOLDER -o TEMP` does), then removes TEMP.
  /// - Returns: One JSON line: a ``BuildResult``.
  public static func build(
    folder: String, with build: (_ folder: String, _ output: String) async throws -> BuildCounts
  ) async throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-bench-out-" + UUID().uuidString
    ).path
    defer { try? FileManager.default.removeItem(atPath: output) }
    var counts = BuildCounts(files: 0, articles: 0, copies: 0, mentions: 0, events: 0)
    let seconds = try await StageBench.time { counts = try await build(folder, output) }
    let report = BuildResult(
      seconds: seconds, peakKiB: ProcessMemory.peakResidentKiB() ?? 0, files: counts.files,
      articles: counts.articles, copies: counts.copies, mentions: counts.mentions,
      events: counts.events)
    return try jsonLine(report)
  }

  /// Lays out a ``SyntheticGraph`` of `nodes` nodes with `engine` and renders SVG.
  /// - Returns: The seconds it took, as text.
  public static func layout(nodes: Int, engine: String) throws -> String {
    _ = try Graphviz.render(dot: "graph warmup { a -- b }", engine: engine)  // load plugins first
    let dot = SyntheticGraph(nodes: nodes).dot()
    let seconds = try StageBench.time { _ = try Graphviz.render(dot: dot, engine: engine) }
    return String(seconds)
  }

  /// Reads the files of `folder`, extracts their mentions and merges them, each stage in a
  /// function of its own that callgrind counts (see ``InstructionBench``).
  /// - Returns: One JSON line: the bytes of input files and of article text, and the counts.
  public static func instructions(folder: String) throws -> String {
    let ingestor = Ingestor()
    let files = ingestor.inputFiles(for: [folder]).files
    let articles = InstructionProbe.countedIngest(files, ingestor)
    let mentions = InstructionProbe.countedExtraction(articles, Extractor())
    let events = InstructionProbe.countedMerge(mentions)
    var fileBytes = 0
    for file in files { fileBytes += (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0 }
    let sizes = InstructionBench.ProbeResult(
      fileBytes: fileBytes, textBytes: articles.reduce(0) { $0 + $1.text.utf8.count },
      articles: articles.count, mentions: mentions.count, events: events)
    return try jsonLine(sizes)
  }

  /// `value` as one line of JSON with sorted keys.
  public static func jsonLine(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}

/// The stages callgrind counts, one function each (never inlined, no closures inside, so
/// that `--toggle-collect` switches exactly at their entry and exit).
enum InstructionProbe {
  @inline(never)
  static func countedIngest(_ files: [InputFile], _ ingestor: Ingestor) -> [Article] {
    var articles: [Article] = []
    for file in files { articles += ingestor.read(file).articles }
    return articles
  }

  @inline(never)
  static func countedExtraction(_ articles: [Article], _ extractor: Extractor) -> [Mention] {
    var mentions: [Mention] = []
    for article in articles { mentions += extractor.mentions(in: article) }
    return mentions
  }

  @inline(never)
  static func countedMerge(_ mentions: [Mention]) -> Int {
    EventGraph(mentions: mentions).events.count
  }
}
