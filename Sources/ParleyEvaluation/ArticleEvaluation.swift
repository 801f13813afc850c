import Foundation
import ParleyExtract
import ParleyIngest

/// Scores whole articles against hand-annotated gold edges (`gold/articles-dev.jsonl`).
///
/// Per article, the unordered actor pairs of Parley's occurred mentions are matched
/// against the gold edges: an optional gold edge neither helps nor hurts, a prediction
/// that matches only planned or negated gold is a false positive. An actor matches a
/// gold alias when one of its names equals the alias, or a multi-word alias stands whole
/// inside one of its names (case-insensitive). Pair scores count distinct pairs; pair+date
/// scores count gold edges, each matched by a predicted pair whose date is accepted.
public enum ArticleEvaluation {
  /// Pair and pair+date scores.
  public struct Result: Sendable, Codable, Equatable {
    public var pair = DyadScores()
    public var dated = DyadScores()
  }

  /// One gold edge of an article.
  public struct GoldEdge: Sendable, Equatable {
    public var a: [String]
    public var b: [String]
    public var type: String
    public var dates: Set<String>
    public var status: String

    public init(a: [String], b: [String], type: String, dates: Set<String>, status: String) {
      self.a = a
      self.b = b
      self.type = type
      self.dates = dates
      self.status = status
    }
  }

  /// One predicted occurred pair of an article: the names of both actors and the dates
  /// its mentions gave.
  public struct PredictedPair: Sendable, Equatable {
    public var a: [String]
    public var b: [String]
    public var dates: Set<String>
    /// A readable label ("Vladimir Putin – Olaf Scholz").
    public var label: String

    public init(a: [String], b: [String], dates: Set<String>, label: String) {
      self.a = a
      self.b = b
      self.dates = dates
      self.label = label
    }
  }

  /// Runs over the gold file, reading each named article from `newsDirectory`
  /// (searched recursively by file name).
  /// - Throws: When the gold file cannot be read.
  public static func evaluate(
    goldAt path: String, newsDirectory: String, extractor: Extractor = Extractor(),
    failures: Int = 0, report: (String) -> Void = { _ in }
  ) throws -> Result {
    let files = index(newsDirectory)
    let ingestor = Ingestor()
    var result = Result()
    var shown = 0
    for record in try JSONLRecords.read(path) {
      guard let name = record["file"] as? String else { continue }
      let gold = (record["edges"] as? [[String: Any]] ?? []).compactMap(goldEdge)
      guard let file = files[name] else {
        report("\(name): not found under \(newsDirectory)")
        continue
      }
      let articles = ingestor.read(InputFile(path: file)).articles
      let mentions = articles.flatMap { extractor.mentions(in: $0) }
      let predicted = pairs(of: mentions)
      let (pair, dated, misses) = score(gold: gold, predicted: predicted)
      result.pair.add(pair)
      result.dated.add(dated)
      if !misses.isEmpty && shown < failures {
        shown += 1
        report("\(name):\n    " + misses.joined(separator: "\n    "))
      }
    }
    return result
  }

  /// The distinct unordered pairs of occurred mentions, with the dates they were given.
  public static func pairs(of mentions: [Mention]) -> [PredictedPair] {
    var byKey: [String: PredictedPair] = [:]
    var order: [String] = []
    for m in mentions where m.status == .occurred && m.source.id != m.target.id {
      let (x, y) = m.source.id < m.target.id ? (m.source, m.target) : (m.target, m.source)
      let key = x.id + "|" + y.id
      let dates = days(of: m)
      if byKey[key] == nil {
        order.append(key)
        byKey[key] = PredictedPair(
          a: names(x), b: names(y), dates: [], label: "\(x.name) – \(y.name)")
      }
      byKey[key]?.dates.formUnion(dates)
    }
    return order.compactMap { byKey[$0] }
  }

  /// The days a mention's date covers: its day, every day of the week, month or year the
  /// text gave, else the article's date.
  static func days(of m: Mention) -> Set<String> {
    if let day = m.date { return [day.description] }
    guard let value = m.dateValue else { return m.articleDate.map { [$0.description] } ?? [] }
    return Set(TimeValueFormat.days(coveredBy: value).map(\.description))
  }

  /// Scores one article: distinct-pair counts, gold-edge counts with dates, and the misses.
  public static func score(gold: [GoldEdge], predicted: [PredictedPair])
    -> (pair: (gold: Int, predicted: Int, matched: Int), dated: (gold: Int, predicted: Int, matched: Int), misses: [String])
  {
    let occurredGold = gold.filter { $0.status == "occurred" }
    var misses: [String] = []
    // Gold pairs: occurred edges grouped by pair (two edges of one pair are one pair).
    var goldPairs: [[GoldEdge]] = []
    for edge in occurredGold {
      if let i = goldPairs.firstIndex(where: { samePair($0[0], edge) }) {
        goldPairs[i].append(edge)
      } else {
        goldPairs.append([edge])
      }
    }
    // Every counted prediction counts once at both levels.
    var predictedCount = 0
    var pairMatched = 0
    var datedMatched = 0
    var goldHit = Array(repeating: false, count: goldPairs.count)
    var edgeHit: [[Bool]] = goldPairs.map { Array(repeating: false, count: $0.count) }
    for p in predicted {
      let hits = goldPairs.indices.filter { matches(p, goldPairs[$0][0]) }
      if hits.isEmpty {
        // Optional gold neither helps nor hurts; anything else is a false positive.
        let optional = gold.contains { $0.status == "optional" && matches(p, $0) }
        if optional { continue }
        predictedCount += 1
        misses.append("extra: \(p.label) \(shownDates(p.dates))")
        continue
      }
      predictedCount += 1
      var anyDated = false
      for i in hits {
        if !goldHit[i] { pairMatched += 1 }
        goldHit[i] = true
        for (j, edge) in goldPairs[i].enumerated() where !edgeHit[i][j] && !edge.dates.isDisjoint(with: p.dates) {
          edgeHit[i][j] = true
          if !anyDated { datedMatched += 1 }
          anyDated = true
        }
      }
      if !anyDated {
        let want = hits.flatMap { goldPairs[$0].flatMap(\.dates) }.sorted().joined(separator: ",")
        misses.append("wrong or repeated date: \(p.label) \(shownDates(p.dates)) (gold \(want))")
      }
    }
    for (i, group) in goldPairs.enumerated() where !goldHit[i] {
      let e = group[0]
      misses.append("missed: \(e.a.first ?? "?") – \(e.b.first ?? "?") \(e.type) \(e.dates.sorted().joined(separator: ","))")
    }
    return (
      (goldPairs.count, predictedCount, pairMatched),
      (occurredGold.count, predictedCount, datedMatched), misses
    )
  }

  /// Dates for a miss line: a few listed, a long run as its first and last day.
  private static func shownDates(_ dates: Set<String>) -> String {
    dates.count > 3 ? "\(dates.min() ?? "")..\(dates.max() ?? "")" : dates.sorted().joined(separator: ",")
  }

  /// Whether a predicted pair is the gold edge's pair (either way round).
  static func matches(_ p: PredictedPair, _ edge: GoldEdge) -> Bool {
    (actorMatches(p.a, edge.a) && actorMatches(p.b, edge.b))
      || (actorMatches(p.a, edge.b) && actorMatches(p.b, edge.a))
  }

  /// Whether an actor with `names` is the gold actor with `aliases`: a name equals an
  /// alias, or a multi-word alias stands whole inside a name.
  static func actorMatches(_ names: [String], _ aliases: [String]) -> Bool {
    let names = names.map(fold)
    for alias in aliases.map(fold) where !alias.isEmpty {
      for name in names {
        if name == alias { return true }
        if alias.contains(" ") && (" " + name + " ").contains(" " + alias + " ") { return true }
      }
    }
    return false
  }

  private static func samePair(_ x: GoldEdge, _ y: GoldEdge) -> Bool {
    (Set(x.a) == Set(y.a) && Set(x.b) == Set(y.b)) || (Set(x.a) == Set(y.b) && Set(x.b) == Set(y.a))
  }

  private static func names(_ actor: PoliticalActor) -> [String] {
    [actor.name] + actor.aliases
  }

  private static func fold(_ s: String) -> String {
    s.lowercased().replacingOccurrences(of: "’", with: "'")
  }

  private static func goldEdge(_ json: [String: Any]) -> GoldEdge? {
    guard let a = json["a"] as? [String], let b = json["b"] as? [String],
      let status = json["status"] as? String
    else { return nil }
    return GoldEdge(
      a: a, b: b, type: json["type"] as? String ?? "", dates: Set(json["dates"] as? [String] ?? []),
      status: status)
  }

  /// Article files under `folder` by file name (the first in path order).
  private static func index(_ folder: String) -> [String: String] {
    var out: [String: String] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return out }
    var paths: [String] = []
    for case let relative as String in walker { paths.append(relative) }
    for relative in paths.sorted() {
      let name = (relative as NSString).lastPathComponent
      if out[name] == nil { out[name] = folder + "/" + relative }
    }
    return out
  }
}

extension DyadScores {
  /// Adds one record's counts.
  mutating func add(_ counts: (gold: Int, predicted: Int, matched: Int)) {
    records += 1
    gold += counts.gold
    predicted += counts.predicted
    matched += counts.matched
  }
}
