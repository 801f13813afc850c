import Foundation
import ParleyExtract
import ParleyIngest

/// Scores actor recognition against NGEC's actor cases: name → country and sector.
public enum ActorEvaluation {
  /// Accuracy of country and of sector over the cases that state them.
  public struct Result: Sendable, Codable, Equatable {
    public var cases = 0
    public var countryCases = 0
    public var countryCorrect = 0
    public var sectorCases = 0
    public var sectorCorrect = 0
    public var countryAccuracy: Double { countryCases == 0 ? 0 : Double(countryCorrect) / Double(countryCases) }
    public var sectorAccuracy: Double { sectorCases == 0 ? 0 : Double(sectorCorrect) / Double(sectorCases) }
  }

  /// Runs the active `agent_to_code` cases of `ngec_actor_tests.jsonl`.
  /// - Throws: When the file cannot be read.
  public static func ngec(
    fileAt path: String, failures: Int = 0, report: (String) -> Void = { _ in }
  ) throws -> Result {
    var result = Result()
    var shown = 0
    let resolver = ActorResolver()
    for record in try JSONLRecords.read(path) {
      guard record["task"] as? String == "agent_to_code", record["status"] as? String == "active",
        let input = record["input"] as? String, let expect = record["expect"] as? [String: Any]
      else { continue }
      let date = (record["query_date"] as? String).flatMap { CivilDate(iso: $0) } ?? CivilDate(iso: "2022-06-01")
      let actor = resolver.actor(in: input, on: date)
      result.cases += 1
      var wrong: [String] = []
      if let country = expect["country"] as? String, !country.isEmpty {
        result.countryCases += 1
        let ours = actor.flatMap { EventEvaluation.code($0) } ?? "-"
        if ours == country || (country == "IGO" && ours == "IGO") { result.countryCorrect += 1 } else {
          wrong.append("country \(ours) ≠ \(country)")
        }
      }
      if let sector = sectorExpectation(expect["code_1"]) {
        result.sectorCases += 1
        let ours = actor?.sector ?? "-"
        if sector.contains(ours) { result.sectorCorrect += 1 } else {
          wrong.append("sector \(ours) ∉ \(sector.sorted())")
        }
      }
      if !wrong.isEmpty && shown < failures {
        shown += 1
        report("\(record["id"] as? String ?? "?"): \(input) → \(actor?.name ?? "nothing"): " + wrong.joined(separator: "; "))
      }
    }
    return result
  }

  private static func sectorExpectation(_ value: Any?) -> Set<String>? {
    if let s = value as? String { return s.isEmpty ? nil : [s] }
    if let op = value as? [String: Any], op["op"] as? String == "in", let list = op["value"] as? [String] {
      return Set(list)
    }
    return nil
  }
}
