import ArgumentParser
import Foundation
import ParleyIngest

/// `parley bench`: how fast each stage runs, how much memory a build takes,
/// and how Graphviz layout time grows with the graph.
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure throughput, end-to-end time, peak memory and Graphviz layout time.",
    discussion: """
      Replicates a corpus (default: ../shared/corpora) in a temporary folder to at
      least --megabytes MB and reports, as the median of --runs runs:
        ingest        read, decode and clean every file (one thread)
        extract       Extractor.mentions, on one thread and on all cores
        merge         EventGraph over the mentions of every copy
        render        SVG of the network (neato) and of the timeline (dot)
        end to end    parley build of 10,000 articles into a temporary folder
        memory        peak resident memory (VmHWM) of a build of 10 MB and of the full size
        layout        Graphviz time against node count (100 … 3,000 nodes), neato and dot
      MB are 10^6 bytes: of input files for ingest and end to end, of article text
      (headline and paragraphs) for the other stages. Copies of an article count
      as the duplicates they are in end-to-end builds. Build in release mode:

        swift run -c release parley bench
        swift run -c release parley bench --runs 1 --megabytes 20 --json
      """
  )

  @Option(help: "The corpus folder (read recursively).")
  var corpus: String = "../shared/corpora"

  @Option(help: "Replicate the corpus to at least this many megabytes.")
  var megabytes: Double = 50

  @Option(help: "Runs per measurement; the median is reported.")
  var runs: Int = 3

  @Option(help: "Articles in the end-to-end build.")
  var articles: Int = 10_000

  @Option(
    parsing: .upToNextOption,
    help: "Graphviz graph sizes (node counts) to time, e.g. --layout-sizes 100 300 1000.")
  var layoutSizes: [Int] = [100, 300, 1_000, 3_000]

  @Option(help: "Stop a Graphviz layout after this many seconds and skip larger graphs.")
  var layoutTimeout: Double = 60

  @Flag(help: "Skip the Graphviz layout benchmark.")
  var skipLayout = false

  @Flag(help: "Print the report as one JSON object on stdout.")
  var json = false

  @Option(help: .hidden) var probeBuild: String?
  @Option(help: .hidden) var probeLayout: String?

  func validate() throws {
    guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    guard megabytes > 0 else { throw ValidationError("--megabytes must be positive.") }
    guard articles >= 1 else { throw ValidationError("--articles must be at least 1.") }
    guard layoutTimeout > 0 else { throw ValidationError("--layout-timeout must be positive.") }
  }

  func run() async throws {
    if let folder = probeBuild {
      print(try await BenchProbes.build(folder: folder))
      return
    }
    if let spec = probeLayout {
      let parts = spec.split(separator: ":")
      guard parts.count == 2, let nodes = Int(parts[1]) else {
        throw ValidationError("--probe-layout takes ENGINE:NODES.")
      }
      print(try BenchProbes.layout(nodes: nodes, engine: String(parts[0])))
      return
    }
    try await benchmark()
  }

  private func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  private func benchmark() async throws {
    let ingestor = Ingestor()
    log("reading \(corpus) …")
    guard FileManager.default.fileExists(atPath: corpus),
      let base = BenchCorpus.load(root: corpus, ingestor: ingestor)
    else {
      log("parley bench: no corpus at \(corpus) (pass --corpus PATH); nothing measured.")
      return
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

    log("end to end …")
    let endToEndReplica = try base.replicate(into: scratch + "/articles", articles: articles)
    let endToEnd = try build(endToEndReplica, runs: runs)
    try? FileManager.default.removeItem(atPath: endToEndReplica.folder)

    log("memory …")
    let small = try base.replicate(
      into: scratch + "/small", minimumBytes: min(10_000_000, full.bytes))
    var memory = [try build(small, runs: 1)]
    try? FileManager.default.removeItem(atPath: small.folder)
    memory.append(try build(full, runs: 1))

    var layout: [LayoutBench.Measurement] = []
    if !skipLayout && !layoutSizes.isEmpty {
      log("Graphviz layout …")
      layout = LayoutBench(
        sizes: layoutSizes, engines: ["neato", "dot"], runs: runs, timeout: layoutTimeout, log: log
      ).run()
    }

    let report = BenchReport(
      corpus: corpus, corpusMegabytes: BenchStatistics.megabytes(base.bytes),
      corpusArticles: base.articleCount, copies: copies,
      cores: ProcessInfo.processInfo.activeProcessorCount, runs: runs, stages: measured,
      endToEnd: endToEnd, memory: memory, benchPeakKiB: ProcessMemory.peakResidentKiB() ?? 0,
      layout: layout)
    if json {
      print(try BenchProbes.jsonLine(report))
    } else {
      print(report.text)
    }
  }

  /// Runs `parley build` of `replica` in child processes.
  private func build(_ replica: BenchCorpus.Replica, runs: Int) throws -> BenchReport.Build {
    var results: [BenchProbes.BuildResult] = []
    for run in 1...runs {
      let outcome = try ChildProcess.run(["bench", "--probe-build", replica.folder], timeout: 3_600)
      guard outcome.status == 0,
        let result = try? JSONDecoder().decode(
          BenchProbes.BuildResult.self, from: Data(outcome.output.utf8))
      else {
        throw CLIError("the build of \(replica.folder) failed (status \(outcome.status))")
      }
      log(
        "  build of \(result.files) files, \(result.articles + result.copies) articles, run \(run): "
          + "\(BenchStatistics.formatSeconds(result.seconds)), peak \(BenchStatistics.formatKiB(result.peakKiB))")
      results.append(result)
    }
    return BenchReport.Build(megabytes: BenchStatistics.megabytes(replica.bytes), runs: results)
  }
}
