import Foundation

/// `wc -w` over the same files as the ingest stage, in the same run: the speed of one
/// plain pass over the bytes that the stages are compared with.
struct WordCountBench {
  var runs: Int
  var log: (String) -> Void

  /// Times `wc -w` over every file of `replica`; nil when `wc` cannot be run.
  func run(_ replica: BenchCorpus.Replica) -> StageMeasurement? {
    guard let wc = ChildProcess.onPath("wc") else {
      log("  wc not found; not compared")
      return nil
    }
    var seconds: [Double] = []
    for run in 1...runs {
      var status: Int32 = -1
      let elapsed = StageBench.time {
        status = (try? ChildProcess.run(["-w"] + replica.files.map(\.path), executable: wc, timeout: 600))?.status ?? -1
      }
      guard status == 0 else {
        log("  wc -w failed; not compared")
        return nil
      }
      seconds.append(elapsed)
      log("  wc -w run \(run): \(BenchStatistics.formatSeconds(elapsed))")
    }
    return StageMeasurement(
      stage: "wc -w (files)", megabytes: BenchStatistics.megabytes(replica.bytes),
      articles: replica.articles, runSeconds: seconds)
  }
}
