import ParleyExtract
import ParleyIngest

/// One interaction merged from every mention of it, across sentences and
/// articles. The `events.jsonl` line of Parley's output contract.
public struct Event: Sendable, Hashable, Codable {
  /// A stable identifier derived from type, date and participants.
  public var id: String
  public var type: InteractionType
  public var mode: String?
  /// The day it happened (or is planned for), when known.
  public var date: CivilDate?
  /// Day, week, month, year or article (the article date stood in).
  public var datePrecision: String?
  /// The week, month or year the text gave when it gave no day ("2025-W17", "2025-04",
  /// "2025"); nil otherwise.
  public var dateValue: String? = nil
  public var status: InteractionStatus
  /// Actor id of the source (the first in canonical order when reciprocal).
  public var source: String
  /// Actor id of the target.
  public var target: String
  public var reciprocal: Bool
  /// How many mentions support it.
  public var mentions: Int
  /// The articles that report it, sorted.
  public var articles: [String]
  /// The supporting sentences, each once, in article order.
  public var evidence: [String]

  enum CodingKeys: String, CodingKey {
    case id, type, mode, date, datePrecision, dateValue, status, source, target, reciprocal, mentions,
      articles, evidence
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(type, forKey: .type)
    try c.encode(mode, forKey: .mode)
    try c.encode(date, forKey: .date)
    try c.encode(datePrecision, forKey: .datePrecision)
    try c.encodeIfPresent(dateValue, forKey: .dateValue)
    try c.encode(status, forKey: .status)
    try c.encode(source, forKey: .source)
    try c.encode(target, forKey: .target)
    try c.encode(reciprocal, forKey: .reciprocal)
    try c.encode(mentions, forKey: .mentions)
    try c.encode(articles, forKey: .articles)
    try c.encode(evidence, forKey: .evidence)
  }
}

/// An actor with how often it appears: the `actors.jsonl` line.
public struct ActorSummary: Sendable, Hashable, Codable {
  public var actor: PoliticalActor
  /// Mentions it takes part in.
  public var mentions: Int
  /// Merged events it takes part in.
  public var events: Int

  enum CodingKeys: String, CodingKey { case id, name, kind, country, sector, aliases, mentions, events }

  public init(actor: PoliticalActor, mentions: Int, events: Int) {
    self.actor = actor
    self.mentions = mentions
    self.events = events
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    actor = try PoliticalActor(from: decoder)
    mentions = try c.decode(Int.self, forKey: .mentions)
    events = try c.decode(Int.self, forKey: .events)
  }

  public func encode(to encoder: any Encoder) throws {
    try actor.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(mentions, forKey: .mentions)
    try c.encode(events, forKey: .events)
  }
}
