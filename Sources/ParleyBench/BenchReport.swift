/// Everything `parley bench` measured, printable as a table or as JSON.
public struct BenchReport: Codable, Sendable {
  /// A full build (like `parley build`) in a child process.
  struct Build: Codable, Equatable, Sendable {
    /// Megabytes of input files.
    var megabytes: Double
    var runs: [BenchProbes.BuildResult]
    /// The median wall time.
    var seconds: Double { BenchStatistics.median(runs.map(\.seconds)) ?? 0 }
    /// The highest peak resident set size over the runs, in KiB.
    var peakKiB: Int { runs.map(\.peakKiB).max() ?? 0 }

    enum CodingKeys: String, CodingKey { case megabytes, runs, seconds, peakKiB }

    init(megabytes: Double, runs: [BenchProbes.BuildResult]) {
      self.megabytes = megabytes
      self.runs = runs
    }

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      megabytes = try c.decode(Double.self, forKey: .megabytes)
      runs = try c.decode([BenchProbes.BuildResult].self, forKey: .runs)
    }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(megabytes, forKey: .megabytes)
      try c.encode(runs, forKey: .runs)
      try c.encode(seconds, forKey: .seconds)
      try c.encode(peakKiB, forKey: .peakKiB)
    }
  }

  var corpus: String
  var corpusMegabytes: Double
  var corpusArticles: Int
  /// Copies of the corpus the stages went through.
  var copies: Int
  var cores: Int
  var runs: Int
  var stages: [StageMeasurement]
  /// `wc -w` over the files of the replicated corpus, in the same run.
  var wordCount: StageMeasurement?
  /// Instructions per byte on a fixed slice, when valgrind is installed.
  var instructions: InstructionCounts?
  /// `parley build` of about 10,000 articles.
  var endToEnd: Build?
  /// `parley build` of a small and of the full replicated corpus, for peak memory.
  var memory: [Build]
  /// This benchmark process's own peak resident set size, in KiB.
  var benchPeakKiB: Int
  var layout: [LayoutBench.Measurement]

  /// The report as aligned text.
  public var text: String {
    typealias S = BenchStatistics
    var lines: [String] = []
    lines.append(
      "corpus: \(corpus), \(S.fixed(corpusMegabytes, 1)) MB, \(corpusArticles) articles; "
        + "\(copies) copies; \(cores) cores; median of \(runs) run\(runs == 1 ? "" : "s")")
    lines.append("")
    lines.append(row(["stage", "MB", "articles", "time", "MB/s", "articles/s", "MB/s/thread"]))
    for s in stages {
      lines.append(
        row([
          s.stage, S.fixed(s.megabytes, 1), String(s.articles), S.formatSeconds(s.seconds),
          S.formatRate(s.megabytesPerSecond), S.formatRate(s.articlesPerSecond),
          S.formatRate(s.megabytesPerSecondPerThread),
        ]))
    }
    if let wc = wordCount {
      let extract = stages.first { $0.threads == 1 && $0.stage.hasPrefix("extract") }
      lines.append(
        row([
          wc.stage, S.fixed(wc.megabytes, 1), String(wc.articles), S.formatSeconds(wc.seconds),
          S.formatRate(wc.megabytesPerSecond), S.formatRate(wc.articlesPerSecond),
          S.formatRate(wc.megabytesPerSecondPerThread),
        ]))
      if let extract, wc.megabytesPerSecond > 0 {
        lines.append(
          "extraction on one thread runs at \(S.fixed(100 * extract.megabytesPerSecond / wc.megabytesPerSecond, 1))% "
            + "of wc -w's MB/s (\(S.formatRate(extract.megabytesPerSecond)) against \(S.formatRate(wc.megabytesPerSecond)))")
      }
    }
    if let i = instructions {
      lines.append("")
      lines.append("instructions (callgrind) on a fixed slice: " + i.summary)
    }
    if let e = endToEnd, let first = e.runs.first {
      lines.append("")
      lines.append(
        "end to end (parley build, all outputs): \(first.articles + first.copies) articles "
          + "(\(first.copies) duplicate copies), \(S.fixed(e.megabytes, 1)) MB: "
          + "\(S.formatSeconds(e.seconds)), peak \(S.formatKiB(e.peakKiB)); "
          + "\(first.mentions) mentions, \(first.events) events")
    }
    if !memory.isEmpty {
      lines.append("")
      lines.append("peak resident memory of parley build (VmHWM):")
      for m in memory {
        if let first = m.runs.first {
          lines.append(
            "  \(S.fixed(m.megabytes, 1)) MB, \(first.articles + first.copies) articles: "
              + "\(S.formatKiB(m.peakKiB)) (\(S.formatSeconds(m.seconds)))")
        }
      }
    }
    lines.append("peak resident memory of this benchmark process: \(S.formatKiB(benchPeakKiB))")
    if !layout.isEmpty {
      lines.append("")
      lines.append("Graphviz layout + SVG of a synthetic network (~2 edges per node):")
      lines.append(row(["engine", "nodes", "edges", "time"]))
      for l in layout {
        let time = l.timedOut ? "stopped (time limit)" : l.seconds.map(S.formatSeconds) ?? "failed"
        lines.append(row([l.engine, String(l.nodes), String(l.edges), time]))
      }
    }
    return lines.joined(separator: "\n")
  }

  private func row(_ cells: [String]) -> String {
    let widths = [20, 8, 9, 9, 8, 11, 12]
    return cells.enumerated().map { index, cell in
      let width = index < widths.count ? widths[index] : 10
      let pad = String(repeating: " ", count: max(0, width - cell.count))
      return index == 0 ? cell + pad : pad + cell
    }.joined(separator: " ")
  }
}
