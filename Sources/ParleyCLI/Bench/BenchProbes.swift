import Foundation
import ParleyExport
import ParleyGraph
import ParleyIngest
import ParleyRender

/// The measurements `parley bench` runs in a child process of its own.
enum BenchProbes {
  /// What a build probe reports.
  struct BuildResult: Codable, Equatable {
    /// Wall time from reading the first file to writing the last output.
    var seconds: Double
    /// The child's peak resident set size (VmHWM) in KiB.
    var peakKiB: Int
    var files: Int
    var articles: Int
    var copies: Int
    var mentions: Int
    var events: Int
  }

  /// Does what `parley build FOLDER -o TEMP` does, then removes TEMP.
  /// - Returns: One JSON line: a ``BuildResult``.
  static func build(folder: String) async throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-bench-out-" + UUID().uuidString
    ).path
    defer { try? FileManager.default.removeItem(atPath: output) }
    var result = Pipeline.Result()
    var events = 0
    let seconds = try await StageBench.time {
      result = await Pipeline(ingestor: Ingestor()).run([folder])
      let graph = EventGraph(mentions: result.mentions)
      events = graph.events.count
      try BuildOutputs.write(graph, to: output)
    }
    let report = BuildResult(
      seconds: seconds, peakKiB: ProcessMemory.peakResidentKiB() ?? 0, files: result.files,
      articles: result.articles, copies: result.copies, mentions: result.mentions.count,
      events: events)
    return try jsonLine(report)
  }

  /// Lays out a ``SyntheticGraph`` of `nodes` nodes with `engine` and renders SVG.
  /// - Returns: The seconds it took, as text.
  static func layout(nodes: Int, engine: String) throws -> String {
    _ = try Graphviz.render(dot: "graph warmup { a -- b }", engine: engine)  // load plugins first
    let dot = SyntheticGraph(nodes: nodes).dot()
    let seconds = try StageBench.time { _ = try Graphviz.render(dot: dot, engine: engine) }
    return String(seconds)
  }

  static func jsonLine(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
