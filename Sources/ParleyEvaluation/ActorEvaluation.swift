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
      let date = (record["query_date"] as? String).flatMap { queryDate($0) } ?? CivilDate(iso: "2022-06-01")
      let actor = resolver.actor(in: input, on: date)
      result.cases += 1
      var wrong: [String] = []
      if let country = expect["country"] as? String, !country.isEmpty {
        result.countryCases += 1
        let ours = actor.map { ngecCode($0) } ?? "-"
        if ours == country { result.countryCorrect += 1 } else {
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

  /// Runs the actor side of PLOVER GSR (`plover_gsr_cameo.jsonl`): for each gold actor and
  /// recipient text, whether Parley gives it the gold country (or IGO). The actor is the one
  /// ``ActorResolver`` finds in the gold text, or else the recognizer's span in the sentence
  /// that overlaps the gold text. Gold codes are cut to their first three letters.
  /// - Throws: When the file cannot be read.
  public static func ploverActors(
    fileAt path: String, failures: Int = 0, report: (String) -> Void = { _ in }
  ) throws -> Result {
    var result = Result()
    var shown = 0
    let resolver = ActorResolver()
    let recognizer = ActorRecognizer()
    let tokenizer = Tokenizer()
    let date = CivilDate(iso: "2000-01-01")
    for record in try JSONLRecords.read(path) {
      guard let text = record["text"] as? String else { continue }
      let gold = (record["actors"] as? [[String: Any]] ?? [])
        + (record["recipients"] as? [[String: Any]] ?? [])
      guard !gold.isEmpty else { continue }
      let tokens = tokenizer.tokens(in: text)
      var context = ArticleContext(date: date)
      let spans = recognizer.spans(in: tokens, context: &context)
      let scalars = Array(text.unicodeScalars)
      for entry in gold {
        guard let goldText = (entry["text"] as? String)?.trimmingCharacters(in: .whitespaces),
          !goldText.isEmpty, let code = entry["code"] as? String, code.count >= 3
        else { continue }
        let country = String(code.prefix(3))
        result.cases += 1
        result.countryCases += 1
        var actor = resolver.actor(in: goldText, on: date)
        if actor == nil, let range = scalarRange(of: goldText, in: scalars) {
          let overlapping = spans.first { span in
            span.role != .media && tokens[span.start].start < range.upperBound
              && tokens[span.end - 1].end > range.lowerBound
          }
          // In "Hungarian and Romanian officials", the actor named by the gold text.
          actor =
            overlapping?.actors.first { $0.aliases.contains(goldText) }
            ?? overlapping?.actors.first
        }
        let ours = actor.map { EventEvaluation.code($0) ?? ngecCode($0) } ?? "-"
        if ours == country || (country == "IGO" && ["UNO", "EUR"].contains(ours)) {
          result.countryCorrect += 1
        } else if shown < failures {
          shown += 1
          report("\(record["id"] as? String ?? "?"): \(goldText) → \(actor?.name ?? "nothing"): country \(ours) ≠ \(country)")
        }
      }
    }
    return result
  }

  /// The Unicode-scalar offsets of the first occurrence of `needle` in `haystack`.
  private static func scalarRange(of needle: String, in haystack: [Unicode.Scalar]) -> Range<Int>? {
    let n = Array(needle.unicodeScalars)
    guard !n.isEmpty, n.count <= haystack.count else { return nil }
    for i in 0...(haystack.count - n.count) where haystack[i..<(i + n.count)].elementsEqual(n) {
      return i..<(i + n.count)
    }
    return nil
  }

  /// A `query_date` as NGEC writes it: ISO ("2022-03-01") or day, month name and year
  /// ("10 May 2015", "1 july 2021"). "today" and other relative values give nil.
  static func queryDate(_ text: String) -> CivilDate? {
    if let iso = CivilDate(iso: text) { return iso }
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    let parts = text.lowercased().split(separator: " ")
    guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]),
      let month = months.firstIndex(of: String(parts[1]))
    else { return nil }
    return CivilDate(year: year, month: month + 1, day: day)
  }

  /// Bodies of the United Nations system, which NGEC codes `UNO` rather than `IGO`.
  static let unitedNationsFamily: Set<String> = [
    "un", "un-general-assembly", "un-human-rights-council", "un-security-council", "un-women",
    "undp", "unep", "unesco", "unfpa", "unhcr", "unicef", "unifil", "unmiss", "unodc", "unrwa",
    "ocha", "ohchr", "who", "icj", "fao", "wfp", "ilo", "iom", "monusco", "iaea",
  ]

  /// Bodies of the European Union, which NGEC codes `EUR`.
  static let europeanUnionFamily: Set<String> = [
    "eu", "eu-commission", "eu-council", "european-council", "european-parliament", "eeas",
    "ecb", "cjeu", "frontex", "europol",
  ]

  /// An actor's country as NGEC codes it: the ISO code, `UNO` for the United Nations
  /// system, `EUR` for the European Union, `IGO` for other international organisations.
  /// Parley's actors carry only ISO codes (the output contract), so the two NGEC
  /// regional codes are read from the organisation's id.
  static func ngecCode(_ actor: PoliticalActor) -> String {
    if let c = actor.country { return c }
    if unitedNationsFamily.contains(actor.id) { return "UNO" }
    if europeanUnionFamily.contains(actor.id) { return "EUR" }
    if actor.kind == .organization, actor.sector != "NGO", actor.sector != "MED",
      actor.sector != "BUS"
    {
      return "IGO"
    }
    return EventEvaluation.code(actor) ?? "-"
  }

  private static func sectorExpectation(_ value: Any?) -> Set<String>? {
    if let s = value as? String { return s.isEmpty ? nil : [s] }
    if let op = value as? [String: Any], op["op"] as? String == "in", let list = op["value"] as? [String] {
      return Set(list)
    }
    return nil
  }
}
