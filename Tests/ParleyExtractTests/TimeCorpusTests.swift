import Foundation
import ParleyExtract
import Testing

/// Scores the tagger on the TimeML corpora in `../shared/corpora/timeml` when they exist.
///
/// Set `TIME_FAILURES=50` to print that many misses per corpus.
extension TimeTests {
  @Suite struct TimeCorpusTests {
    static let corpusFolder: URL = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("shared/corpora/timeml")

    static func corpus(_ name: String) -> String? {
      let path = corpusFolder.appendingPathComponent(name + ".jsonl").path
      return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static var failureCount: Int {
      Int(ProcessInfo.processInfo.environment["TIME_FAILURES"] ?? "") ?? 0
    }

    @Test(
      "TempEval-3 scores stay above the floor",
      arguments: [
        ("te3-platinum", 0.80), ("timebank", 0.70), ("aquaint", 0.70), ("meantime-en", 0.60),
      ])
    func corpusScores(name: String, floor: Double) throws {
      guard let path = Self.corpus(name) else { return }
      let scores = try TimeEvaluation.evaluate(fileAt: path, failures: Self.failureCount) {
        print("[\(name)] \($0)")
      }
      func pct(_ x: Double) -> String { String(format: "%.1f", x * 100) }
      print(
        "[\(name)] docs \(scores.documents) gold \(scores.gold) predicted \(scores.predicted)"
          + " strict F1 \(pct(scores.strictF1)) relaxed F1 \(pct(scores.relaxedF1))"
          + " (P \(pct(scores.relaxedPrecision)) R \(pct(scores.relaxedRecall)))"
          + " type acc \(pct(scores.typeAccuracy)) value acc \(pct(scores.valueAccuracy))"
          + " value F1 \(pct(scores.valueF1))")
      #expect(scores.valueF1 >= floor)
    }
  }
}
