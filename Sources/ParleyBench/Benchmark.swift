import Foundation
import ParleyIngest

/// What `parley bench` measures, and the driver that measures it: each stage of the
/// pipeline in this process, whole builds and Graphviz layouts in child processes.
public struct Benchmark: Sendable {
  /// The corpus folder (read recursively).
  public var corpus: String
  /// The corpus is replicated to at least this many megabytes.
  public var megabytes: Double
  /// Runs per measurement; the median is reported.
  public var runs: Int
  /// Articles in the end-to-end build.
  public var articles: Int
  /// Graphviz graph sizes (node counts) to time; empty to skip the layout benchmark.
  public var layoutSizes: [Int]
  /// A Graphviz layout running longer than this is stopped and larger graphs skipped.
  public var layoutTimeout: Double
  /// Megabytes of article text in the fixed slice callgrind counts instructions over.
  public var sliceMegabytes: Double
  /// Whether to count instructions with callgrind (when valgrind is installed).
  public var countInstructions: Bool

  /// Creates a benchmark with `parley bench`'s defaults.
  public init(
    corpus: String = "../shared/corpora", megabytes: Double = 50, runs: Int = 3, articles: Int = 10_000,
    layoutSizes: [Int] = [100, 300, 1_000, 3_000], layoutTimeout: Double = 60, sliceMegabytes: Double = 2,
    countInstructions: Bool = true
  ) {
    self.corpus = corpus
    self.megabytes = megabytes
    self.runs = runs
    self.articles = articles
    self.layoutSizes = layoutSizes
    self.layoutTimeout = layoutTimeout
    self.sliceMegabytes = sliceMegabytes
    self.countInstructions = countInstructions
  }

  /// Runs every measurement, writing progress lines to `log`.
  /// - Returns: The report, or nil when there is no corpus to measure.
  /// - Throws: When the replicated corpus cannot be written or a child build fails.
  public func run(log: @escaping @Sendable (String) -> Void) async throws -> BenchReport? {
    let ingestor = Ingestor()
    log("reading \(corpus) …")
    guard FileManager.default.fileExists(atPath: corpus),
      let base = BenchCorpus.load(root: corpus, ingestor: ingestor)
    else {
      log("parley bench: no corpus at \(corpus) (pass --corpus PATH); nothing measured.")
      return nil
    }
    let target = Int(megabytes * BenchStatistics.bytesPerMegabyte)
    let copies = base.copies(toReach: target)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parley-bench-" + UUID().uuidString
    ).path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let full = try base.replicate(into: scratch + "/full", minimumBytes: copies * base.bytes)
    log(
      "corpus: \(base.entries.count) files, \(base.articleCount) articles, "
        + "\(BenchStatistics.fixed(BenchStatistics.megabytes(base.bytes), 1)) MB; "
        + "\(copies) copies: \(full.articles) articles, "
        + "\(BenchStatistics.fixed(BenchStatistics.megabytes(full.bytes), 1)) MB")

    let stages = StageBench(corpus: base, copies: copies, runs: runs, ingestor: ingestor, log: log)
    var measured = [stages.ingest(full)]
    let (serial, mentions) = stages.extractSerial()
    measured.append(serial)
    measured.append(await stages.extractParallel())
    let (merge, graph) = stages.merge(stages.replicated(mentions))
    measured.append(merge)
    measured.append(try stages.render(graph))

    log("wc -w over the same files …")
    let wordCount = WordCountBench(runs: runs, log: log).run(full)

    var instructions: InstructionCounts?
    if countInstructions {
      log("instructions (callgrind) …")
      let slice = try base.slice(into: scratch + "/slice", textBytes: Int(sliceMegabytes * BenchStatistics.bytesPerMegabyte))
      instructions = InstructionBench(log: log).run(slice)
    }

    log("end to end …")
    let endToEndReplica = try base.replicate(into: scratch + "/articles", articles: articles)
    let endToEnd = try build(endToEndReplica, runs: runs, log: log)
    try? FileManager.default.removeItem(atPath: endToEndReplica.folder)

    log("memory …")
    let small = try base.replicate(
      into: scratch + "/small", minimumBytes: min(10_000_000, full.bytes))
    var memory = [try build(small, runs: 1, log: log)]
    try? FileManager.default.removeItem(atPath: small.folder)
    memory.append(try build(full, runs: 1, log: log))

    var layout: [LayoutBench.Measurement] = []
    if !layoutSizes.isEmpty {
      log("Graphviz layout …")
      layout = LayoutBench(
        sizes: layoutSizes, engines: ["neato", "dot"], runs: runs, timeout: layoutTimeout, log: log
      ).run()
    }

    return BenchReport(
      corpus: corpus, corpusMegabytes: BenchStatistics.megabytes(base.bytes),
      corpusArticles: base.articleCount, copies: copies,
      cores: ProcessInfo.processInfo.activeProcessorCount, runs: runs, stages: measured,
      wordCount: wordCount, instructions: instructions,
      endToEnd: endToEnd, memory: memory, benchPeakKiB: ProcessMemory.peakResidentKiB() ?? 0,
      layout: layout)
  }

  /// Runs `parley build` of `replica` in child processes.
  private func build(_ replica: BenchCorpus.Replica, runs: Int, log: (String) -> Void) throws -> BenchReport.Build {
    var results: [BenchProbes.BuildResult] = []
    for run in 1...runs {
      let outcome = try ChildProcess.run(["bench", "--probe-build", replica.folder], timeout: 3_600)
      guard outcome.status == 0,
        let result = try? JSONDecoder().decode(
          BenchProbes.BuildResult.self, from: Data(outcome.output.utf8))
      else {
        throw BenchError("the build of \(replica.folder) failed (status \(outcome.status))")
      }
      log(
        "  build of \(result.files) files, \(result.articles + result.copies) articles, run \(run): "
          + "\(BenchStatistics.formatSeconds(result.seconds)), peak \(BenchStatistics.formatKiB(result.peakKiB))")
      results.append(result)
    }
    return BenchReport.Build(megabytes: BenchStatistics.megabytes(replica.bytes), runs: results)
  }
}

/// A benchmark that could not run to the end.
public struct BenchError: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}
