import Foundation
import ParleyExtract
import ParleyIngest

/// Scores interaction extraction against the peer suites' gold sentences.
public enum EventEvaluation {
  /// Dyad and dyad+type scores.
  public struct Result: Sendable, Codable, Equatable {
    public var dyad = DyadScores()
    public var typed = DyadScores()
  }

  /// PLOVER GSR (`plover_gsr_cameo.jsonl`): (source country, target country, PLOVER type) per sentence.
  /// - Throws: When the file cannot be read.
  public static func ploverGSR(
    fileAt path: String, extractor: Extractor = Extractor(), failures: Int = 0,
    report: (String) -> Void = { _ in }
  ) throws -> Result {
    try score(fileAt: path, extractor: extractor, failures: failures, report: report) { record in
      var gold = Set<Dyad>()
      for event in record["events"] as? [[String: Any]] ?? [] {
        guard let s = event["source"] as? String, let t = event["target"] as? String,
          let code = (event["code_current"] ?? event["code"]) as? String
        else { continue }
        gold.insert(Dyad(source: countryLevel(s), target: countryLevel(t), type: code))
      }
      return (gold, "2000-01-01")
    }
  }

  /// PETRARCH-2 validation (`petr2_gsr_validation.jsonl`): CAMEO dyads at country level,
  /// types through the CAMEO→PLOVER mapping (CAMEO 01x/02x, which PLOVER drops, are not scored).
  /// - Throws: When the file cannot be read.
  public static func petrarch(
    fileAt path: String, extractor: Extractor = Extractor(), failures: Int = 0,
    report: (String) -> Void = { _ in }
  ) throws -> Result {
    try score(fileAt: path, extractor: extractor, failures: failures, report: report) { record in
      var gold = Set<Dyad>()
      for event in record["events"] as? [[String: Any]] ?? [] {
        guard let s = event["source"] as? String, let t = event["target"] as? String,
          let plover = event["plover"] as? String
        else { continue }
        let (a, b) = (countryLevel(s), countryLevel(t))
        guard a != "---", b != "---", !a.isEmpty, !b.isEmpty else { continue }
        gold.insert(Dyad(source: a, target: b, type: plover))
      }
      let date = (record["date"] as? String).flatMap { CivilDate(iso: $0) }?.description ?? "2015-06-09"
      return (gold, date)
    }
  }

  /// Scores every record with a text: `gold` reads a record's gold dyads and the date
  /// its sentence is anchored to.
  private static func score(
    fileAt path: String, extractor: Extractor, failures: Int, report: (String) -> Void,
    gold readGold: ([String: Any]) -> (Set<Dyad>, String)
  ) throws -> Result {
    var result = Result()
    var shown = 0
    for record in try JSONLRecords.read(path) {
      guard let text = record["text"] as? String, !text.isEmpty else { continue }
      let (gold, date) = readGold(record)
      let predicted = predictions(text, date: date, extractor: extractor)
      result.typed.add(gold: gold, predicted: predicted)
      result.dyad.add(gold: Set(gold.map(\.untyped)), predicted: Set(predicted.map(\.untyped)))
      if gold != predicted && shown < failures {
        shown += 1
        report(miss(record["id"] as? String, text, gold, predicted))
      }
    }
    return result
  }

  /// The dyads Parley finds in one sentence, coded as the peer suites code them:
  /// countries (or IGO); reciprocal events both ways; negated events dropped;
  /// planned or offered cooperation coded AGREE and announced material conflict
  /// coded THREATEN, as PLOVER does.
  public static func predictions(_ text: String, date: String, extractor: Extractor) -> Set<Dyad> {
    let article = Article(
      path: "eval", date: CivilDate(iso: date), dateSource: .header, paragraphs: [text])
    var out = Set<Dyad>()
    for m in extractor.mentions(in: article) {
      guard let s = code(m.source), let t = code(m.target) else { continue }
      var type = m.type.rawValue
      var reciprocal = m.reciprocal
      if m.status == .negated {
        // "would not accept", "will not provide support": a refusal; other denials (and
        // what did not happen) code nothing.
        let refusal = [" would not ", " will not ", " won't ", " refuse", " declined to ", " would never "]
          .contains { m.evidence.lowercased().contains($0) }
        guard m.type == .agree || m.type == .concede
          || (refusal && [.support, .aid, .cooperate].contains(m.type))
        else { continue }
        type = InteractionType.reject.rawValue
        reciprocal = false
      }
      let announced = m.status == .planned || m.status == .hypothetical
      if announced && m.type.isCooperative {
        // A planned meeting is the subject's commitment to it, one way.
        type = InteractionType.agree.rawValue
        reciprocal = false
      }
      // …and announced coercion or violence, or anything made conditional on the other
      // side's conduct ("will withdraw its force unless …"), as THREATEN.
      // (Readying force is a mobilisation whatever its status.)
      if announced && m.type != .mobilize && (m.type.quadClass == .materialConflict || m.evidence.contains(" unless ")) {
        type = InteractionType.threaten.rawValue
        reciprocal = false
      }
      out.insert(Dyad(source: s, target: t, type: type))
      if reciprocal { out.insert(Dyad(source: t, target: s, type: type)) }
    }
    return out
  }

  /// An actor's code at country level: its country, or IGO for international bodies.
  static func code(_ actor: PoliticalActor) -> String? {
    if let c = actor.country { return c }
    // Transnational non-governmental bodies (the Red Cross, Amnesty International) carry
    // the IGO code in the PLOVER GSR records; national ones carry their country above.
    if actor.sector == "NGO" { return "IGO" }
    // Armed groups of no one country (al-Qaeda): CAMEO's international militarized group.
    if actor.sector == "REB" && actor.kind != .person { return "IMG" }
    // International bodies without a country (the UN, the ICC, the European Parliament).
    if actor.sector == "IGO" || (actor.kind == .organization && ["JUD", "LEG", "COP", "MIL"].contains(actor.sector ?? "")) {
      return "IGO"
    }
    return nil
  }

  /// A CAMEO or PLOVER actor code cut to its country part ("USAGOV" → "USA", "IGOEUREEC" → "IGO"),
  /// with the few CAMEO country codes that differ from ISO 3166 ("JAP", "ITL") made ISO.
  static func countryLevel(_ code: String) -> String {
    let country = String(code.prefix(3))
    return cameoCountries[country] ?? country
  }

  /// CAMEO country codes that are not the ISO 3166 alpha-3 code of the same country.
  static let cameoCountries: [String: String] = [
    "JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS",
    "BUR": "MMR", "KAM": "KHM", "GDR": "DEU", "FRG": "DEU", "YUG": "SRB", "CSK": "CZE",
  ]

  private static func miss(_ id: String?, _ text: String, _ gold: Set<Dyad>, _ predicted: Set<Dyad>)
    -> String
  {
    let g = gold.map(\.description).sorted().joined(separator: ", ")
    let p = predicted.map(\.description).sorted().joined(separator: ", ")
    return "\(id ?? "?"): \(text)\n    gold: \(g)\n    ours: \(p)"
  }
}

/// Reading JSON Lines files of records.
enum JSONLRecords {
  static func read(_ path: String) throws -> [[String: Any]] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
      try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }
  }
}
