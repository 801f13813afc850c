import Foundation

/// Graphviz layout time against node count, each layout in a child process
/// so that a slow one can be stopped.
struct LayoutBench {
  /// One engine at one size.
  struct Measurement: Codable, Equatable, Sendable {
    var engine: String
    var nodes: Int
    var edges: Int
    /// Seconds of each completed run.
    var runSeconds: [Double]
    /// Whether a run was stopped at the time limit.
    var timedOut: Bool
    /// The median run time, or nil when no run completed.
    var seconds: Double? { BenchStatistics.median(runSeconds) }
  }

  var sizes: [Int]
  var engines: [String]
  var runs: Int
  /// A layout running longer than this is stopped, and larger sizes are skipped.
  var timeout: Double
  /// A layout running longer than this is not repeated.
  var repeatLimit = 20.0
  var log: (String) -> Void

  func run() -> [Measurement] {
    var results: [Measurement] = []
    for engine in engines {
      for nodes in sizes {
        let edges = SyntheticGraph(nodes: nodes).edges().count
        var measurement = Measurement(
          engine: engine, nodes: nodes, edges: edges, runSeconds: [], timedOut: false)
        for _ in 1...runs {
          let outcome = try? ChildProcess.run(
            ["bench", "--probe-layout", "\(engine):\(nodes)"], timeout: timeout)
          guard let outcome, !outcome.timedOut else {
            measurement.timedOut = true
            break
          }
          guard let seconds = Double(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines))
          else { break }
          measurement.runSeconds.append(seconds)
          if seconds > repeatLimit { break }
        }
        let shown =
          measurement.timedOut
          ? "> \(BenchStatistics.fixed(timeout, 0)) s (stopped)"
          : measurement.seconds.map(BenchStatistics.formatSeconds) ?? "failed"
        log("  \(engine) \(nodes) nodes, \(edges) edges: \(shown)")
        results.append(measurement)
        if measurement.timedOut || measurement.runSeconds.isEmpty {
          log("  \(engine): skipping larger graphs")
          break
        }
      }
    }
    return results
  }
}
