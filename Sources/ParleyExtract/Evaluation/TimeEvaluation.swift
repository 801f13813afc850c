import Foundation
import ParleyIngest

/// TempEval-3 style scores of a time tagger against gold TIMEX3 annotations (micro-averaged).
public struct TimeScores: Sendable, Codable, Equatable {
  /// Documents scored.
  public var documents: Int
  /// Gold expressions.
  public var gold: Int
  /// Predicted expressions.
  public var predicted: Int
  /// Span precision, recall and F1 with exact span match.
  public var strictPrecision, strictRecall, strictF1: Double
  /// Span precision, recall and F1 with overlapping spans.
  public var relaxedPrecision, relaxedRecall, relaxedF1: Double
  /// Share of relaxed matches with the gold type.
  public var typeAccuracy: Double
  /// Share of relaxed matches with the gold value.
  public var valueAccuracy: Double
  /// Relaxed F1 times value accuracy: the TempEval-3 headline number.
  public var valueF1: Double
}

/// Match counts for one document or a whole corpus.
public struct TimeMatchCounts: Sendable, Equatable {
  /// Gold expressions.
  public var gold = 0
  /// Predicted expressions.
  public var predicted = 0
  /// Predictions with exactly the gold span.
  public var strict = 0
  /// Predictions overlapping a gold span (one-to-one).
  public var relaxed = 0
  /// Relaxed matches with the gold type.
  public var typeMatches = 0
  /// Relaxed matches with the gold value.
  public var valueMatches = 0

  /// Creates empty counts.
  public init() {}

  /// Adds another document's counts.
  public mutating func add(_ other: TimeMatchCounts) {
    gold += other.gold
    predicted += other.predicted
    strict += other.strict
    relaxed += other.relaxed
    typeMatches += other.typeMatches
    valueMatches += other.valueMatches
  }

  /// The scores these counts give over `documents` documents.
  public func scores(documents: Int) -> TimeScores {
    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    let sp = ratio(strict, predicted), sr = ratio(strict, gold)
    let rp = ratio(relaxed, predicted), rr = ratio(relaxed, gold)
    let vp = ratio(valueMatches, predicted), vr = ratio(valueMatches, gold)
    return TimeScores(
      documents: documents, gold: gold, predicted: predicted, strictPrecision: sp,
      strictRecall: sr, strictF1: f1(sp, sr), relaxedPrecision: rp, relaxedRecall: rr,
      relaxedF1: f1(rp, rr), typeAccuracy: ratio(typeMatches, relaxed),
      valueAccuracy: ratio(valueMatches, relaxed), valueF1: f1(vp, vr))
  }
}

/// Scores `TimeTagger` on TimeML JSONL corpora, TempEval-3 style.
public enum TimeEvaluation {
  private struct Document: Decodable {
    var id: String?
    var dct: String
    var text: String
    var timexes: [Timex]
    var note: String?
    var text_is_tokenized: Bool?
  }

  private struct Timex: Decodable {
    var start: Int
    var end: Int
    var text: String
    var type: String
    var value: String
    var functionInDocument: String?
  }

  /// Scores a JSONL file of TimeML documents.
  /// - Parameters:
  ///   - path: one JSON document per line with `dct`, `text` and gold `timexes`.
  ///   - tagger: the tagger to score.
  ///   - failures: how many misses and wrong values to pass to `reportFailure`.
  ///   - reportFailure: receives one line per reported failure.
  /// - Returns: micro-averaged scores. Creation-time timexes (and predictions over them) and
  ///   documents whose `note` excludes them from DCT-relative scoring are skipped; in
  ///   tokenised MEANTIME documents only the annotated first six lines are scored.
  /// - Throws: when the file cannot be read or a line is not a valid document.
  public static func evaluate(
    fileAt path: String, tagger: TimeTagger = .init(), failures: Int = 0,
    reportFailure: (String) -> Void = { _ in }
  ) throws -> TimeScores {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let decoder = JSONDecoder()
    var total = TimeMatchCounts()
    var documents = 0
    var reported = 0
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
      let doc = try decoder.decode(Document.self, from: Data(line))
      if let note = doc.note, note.contains("Exclude") { continue }
      let anchor = CivilDate(iso: doc.dct.prefix(10))
      let gold = doc.timexes.filter { $0.functionInDocument != "CREATION_TIME" }.map {
        TimeExpression(
          start: $0.start, end: $0.end, text: $0.text,
          type: TimexType(rawValue: $0.type) ?? .date, value: $0.value)
      }
      let excluded = doc.timexes.filter { $0.functionInDocument == "CREATION_TIME" }
      let limit = doc.text_is_tokenized == true ? annotatedPrefix(of: doc.text) : Int.max
      let predicted = tagger.expressions(in: doc.text, anchor: anchor).filter { p in
        p.end <= limit && !excluded.contains { $0.start < p.end && p.start < $0.end }
      }
      let result = score(gold: gold, predicted: predicted)
      total.add(result.counts)
      documents += 1
      for failure in result.failures where reported < failures {
        reportFailure("\(doc.id ?? "?") \(doc.dct) \(failure)")
        reported += 1
      }
    }
    return total.scores(documents: documents)
  }

  /// MEANTIME annotates only the headline, the dateline and the first four sentences
  /// (one per line): the scalar offset where the seventh line starts.
  private static func annotatedPrefix(of text: String) -> Int {
    var lines = 0
    for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" {
      lines += 1
      if lines == 6 { return offset }
    }
    return Int.max
  }

  /// Scores one document's predictions against its gold expressions.
  ///
  /// Gold and predicted expressions are paired one-to-one, each gold with the first unused
  /// prediction that overlaps it (an exact span match is preferred).
  /// - Returns: the counts and a readable line for each miss, spurious prediction or wrong
  ///   value or type.
  public static func score(gold: [TimeExpression], predicted: [TimeExpression]) -> (
    counts: TimeMatchCounts, failures: [String]
  ) {
    var counts = TimeMatchCounts()
    counts.gold = gold.count
    counts.predicted = predicted.count
    var used = [Bool](repeating: false, count: predicted.count)
    var failures: [String] = []
    for g in gold {
      let overlapping = predicted.indices.filter {
        !used[$0] && predicted[$0].start < g.end && g.start < predicted[$0].end
      }
      let exact = overlapping.first { predicted[$0].start == g.start && predicted[$0].end == g.end }
      guard let index = exact ?? overlapping.first else {
        failures.append("MISS \"\(g.text)\" \(g.type.rawValue) \(g.value)")
        continue
      }
      used[index] = true
      let p = predicted[index]
      counts.relaxed += 1
      if exact != nil { counts.strict += 1 }
      if p.type == g.type { counts.typeMatches += 1 }
      if p.value == g.value {
        counts.valueMatches += 1
      } else {
        failures.append("VALUE \"\(g.text)\" gold \(g.value) got \"\(p.text)\" \(p.value)")
      }
    }
    for (index, p) in predicted.enumerated() where !used[index] {
      failures.append("SPURIOUS \"\(p.text)\" \(p.type.rawValue) \(p.value)")
    }
    return (counts, failures)
  }
}
