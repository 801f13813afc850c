import ArgumentParser
import Foundation
import ParleyBench
import ParleyGraph
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
        memory        peak resident memory (VmHWM) of a build of 10 MB and of
                      the full size
        layout        Graphviz time against node count (100 … 3,000 nodes),
                      neato and dot
        wc -w         wc -w over the same files, and extraction's MB/s as a
                      share of it
        instructions  callgrind's instruction counts per byte for ingest,
                      extraction and merge of a fixed --slice-megabytes slice,
                      and for wc -w over it (skipped with a message when
                      valgrind is not installed)
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

  @Option(help: "Megabytes of article text in the fixed slice callgrind counts instructions over.")
  var sliceMegabytes: Double = 2

  @Flag(help: "Skip counting instructions with callgrind (valgrind).")
  var skipInstructions = false

  @Option(help: .hidden) var probeBuild: String?
  @Option(help: .hidden) var probeInstructions: String?
  @Option(help: .hidden) var probeLayout: String?

  func validate() throws {
    guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    guard megabytes > 0 else { throw ValidationError("--megabytes must be positive.") }
    guard articles >= 1 else { throw ValidationError("--articles must be at least 1.") }
    guard layoutTimeout > 0 else { throw ValidationError("--layout-timeout must be positive.") }
    guard sliceMegabytes > 0 else { throw ValidationError("--slice-megabytes must be positive.") }
  }

  func run() async throws {
    if let folder = probeBuild {
      print(try await BenchProbes.build(folder: folder) { folder, output in
        let result = await Pipeline(ingestor: Ingestor()).run([folder])
        let graph = EventGraph(mentions: result.mentions)
        try BuildOutputs.write(graph, to: output)
        return BenchProbes.BuildCounts(
          files: result.files, articles: result.articles, copies: result.copies,
          mentions: result.mentions.count, events: graph.events.count)
      })
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
    if let folder = probeInstructions {
      print(try BenchProbes.instructions(folder: folder))
      return
    }
    let benchmark = Benchmark(
      corpus: corpus, megabytes: megabytes, runs: runs, articles: articles,
      layoutSizes: skipLayout ? [] : layoutSizes, layoutTimeout: layoutTimeout,
      sliceMegabytes: sliceMegabytes, countInstructions: !skipInstructions)
    do {
      guard let report = try await benchmark.run(log: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
      else { return }
      print(json ? try BenchProbes.jsonLine(report) : report.text)
    } catch let error as BenchError {
      throw CLIError(error.description)
    }
  }
}
