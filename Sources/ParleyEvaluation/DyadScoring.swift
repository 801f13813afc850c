/// Precision, recall and F1 over sets of dyads, micro-averaged over records.
public struct DyadScores: Sendable, Codable, Equatable {
  /// Records scored.
  public var records = 0
  /// Gold and predicted items, and the matches.
  public var gold = 0
  public var predicted = 0
  public var matched = 0

  /// Creates empty scores.
  public init() {}

  public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
  public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
  public var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  /// Adds one record's gold and predicted sets.
  public mutating func add<T: Hashable>(gold: Set<T>, predicted: Set<T>) {
    records += 1
    self.gold += gold.count
    self.predicted += predicted.count
    matched += gold.intersection(predicted).count
  }

  enum CodingKeys: String, CodingKey { case records, gold, predicted, matched, precision, recall, f1 }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(records, forKey: .records)
    try c.encode(gold, forKey: .gold)
    try c.encode(predicted, forKey: .predicted)
    try c.encode(matched, forKey: .matched)
    try c.encode(precision, forKey: .precision)
    try c.encode(recall, forKey: .recall)
    try c.encode(f1, forKey: .f1)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    records = try c.decode(Int.self, forKey: .records)
    gold = try c.decode(Int.self, forKey: .gold)
    predicted = try c.decode(Int.self, forKey: .predicted)
    matched = try c.decode(Int.self, forKey: .matched)
  }
}

/// A dyad at the level the peer suites code: country (ISO 3166 alpha-3) or "IGO".
public struct Dyad: Hashable, Sendable, CustomStringConvertible {
  public var source: String
  public var target: String
  public var type: String?

  public init(source: String, target: String, type: String?) {
    self.source = source
    self.target = target
    self.type = type
  }

  public var description: String { "\(source)→\(target)" + (type.map { " \($0)" } ?? "") }
  /// The dyad without its type.
  public var untyped: Dyad { Dyad(source: source, target: target, type: nil) }
}
