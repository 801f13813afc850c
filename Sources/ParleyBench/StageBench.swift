import Foundation
import ParleyExtract
import ParleyGraph
import ParleyIngest
import ParleyRender

/// Times the pipeline stages one by one, in this process.
struct StageBench {
  var corpus: BenchCorpus
  /// Copies of the corpus each in-memory stage goes through (matching the replica on disk).
  var copies: Int
  var runs: Int
  var ingestor: Ingestor
  var extractor = Extractor()
  var log: (String) -> Void

  /// CPU seconds (user and system) this process has used so far, over all threads.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Seconds `body` takes.
  static func time(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    return BenchStatistics.seconds(clock.now - start)
  }

  /// Seconds `body` takes.
  static func time(_ body: () async throws -> Void) async rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try await body()
    return BenchStatistics.seconds(clock.now - start)
  }

  /// Read, decode and clean every file of `replica`, one thread.
  func ingest(_ replica: BenchCorpus.Replica) -> StageMeasurement {
    var seconds: [Double] = []
    var articles = 0
    for run in 1...runs {
      var count = 0
      seconds.append(Self.time {
        for file in replica.files { count += ingestor.read(file).articles.count }
      })
      articles = count
      log("  ingest run \(run): \(BenchStatistics.formatSeconds(seconds.last ?? 0))")
    }
    return StageMeasurement(
      stage: "ingest", megabytes: BenchStatistics.megabytes(replica.bytes), articles: articles,
      runSeconds: seconds)
  }

  /// The base articles, in corpus order.
  var articles: [Article] { corpus.entries.flatMap(\.articles) }

  /// Bytes of article text (headline and paragraphs) the extractor reads per copy.
  var textBytes: Int { articles.reduce(0) { $0 + $1.text.utf8.count } }

  /// `Extractor.mentions` over every article of every copy, on one thread.
  /// - Returns: The measurement and the mentions of one copy.
  func extractSerial() -> (StageMeasurement, [Mention]) {
    let articles = self.articles
    var seconds: [Double] = []
    var firstCopy: [Mention] = []
    for run in 1...runs {
      var mentions: [Mention] = []
      var count = 0
      seconds.append(Self.time {
        for copy in 0..<copies {
          for article in articles {
            let found = extractor.mentions(in: article)
            count += found.count
            if copy == 0 { mentions += found }
          }
        }
      })
      firstCopy = mentions
      log("  extract (1 thread) run \(run): \(BenchStatistics.formatSeconds(seconds.last ?? 0)), \(count) mentions")
    }
    return (
      StageMeasurement(
        stage: "extract (1 thread)", megabytes: BenchStatistics.megabytes(textBytes * copies),
        articles: articles.count * copies, runSeconds: seconds),
      firstCopy
    )
  }

  /// `Extractor.mentions` over every article of every copy, in parallel over the cores.
  func extractParallel() async -> StageMeasurement {
    let articles = self.articles
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let total = articles.count * copies
    let extractor = self.extractor
    var seconds: [Double] = []
    for run in 1...runs {
      var count = 0
      let cpu = Self.cpuSeconds()
      seconds.append(await Self.time {
        count = await withTaskGroup(of: Int.self) { group in
          for worker in 0..<workers {
            group.addTask {
              var found = 0
              for item in stride(from: worker, to: total, by: workers) {
                found += extractor.mentions(in: articles[item % articles.count]).count
              }
              return found
            }
          }
          return await group.reduce(0, +)
        }
      })
      log(
        "  extract (\(workers) threads) run \(run): \(BenchStatistics.formatSeconds(seconds.last ?? 0)), "
          + "\(BenchStatistics.fixed(Self.cpuSeconds() - cpu, 1)) CPU s, \(count) mentions")
    }
    return StageMeasurement(
      stage: "extract (\(workers) threads)", megabytes: BenchStatistics.megabytes(textBytes * copies),
      articles: total, runSeconds: seconds, threads: workers)
  }

  /// The mentions of one copy repeated for every copy, each under its copy's paths.
  func replicated(_ mentions: [Mention]) -> [Mention] {
    var all: [Mention] = []
    all.reserveCapacity(mentions.count * copies)
    for copy in 0..<copies {
      let prefix = BenchCorpus.copyName(copy) + "/"
      for var m in mentions {
        m.article = prefix + m.article
        all.append(m)
      }
    }
    return all
  }

  /// `EventGraph(mentions:)` over the mentions of every copy.
  /// - Returns: The measurement and the graph.
  func merge(_ mentions: [Mention]) -> (StageMeasurement, EventGraph) {
    var seconds: [Double] = []
    var graph = EventGraph(mentions: [])
    for run in 1...runs {
      seconds.append(Self.time { graph = EventGraph(mentions: mentions) })
      log("  merge run \(run): \(BenchStatistics.formatSeconds(seconds.last ?? 0)), \(mentions.count) mentions → \(graph.events.count) events")
    }
    return (
      StageMeasurement(
        stage: "merge", megabytes: BenchStatistics.megabytes(textBytes * copies),
        articles: articles.count * copies, runSeconds: seconds),
      graph
    )
  }

  /// DOT and SVG of the network and the timeline of `graph`.
  func render(_ graph: EventGraph) throws -> StageMeasurement {
    var seconds: [Double] = []
    for run in 1...runs {
      var bytes = 0
      seconds.append(try Self.time {
        bytes = try NetworkDiagram(graph: graph).svg().utf8.count
        bytes += try TimelineDiagram(graph: graph).svg().utf8.count
      })
      log("  render run \(run): \(BenchStatistics.formatSeconds(seconds.last ?? 0)), \(bytes) bytes of SVG")
    }
    return StageMeasurement(
      stage: "render", megabytes: BenchStatistics.megabytes(textBytes * copies),
      articles: articles.count * copies, runSeconds: seconds)
  }
}
