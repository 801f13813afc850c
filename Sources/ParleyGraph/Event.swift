import ParleyExtract
import ParleyIngest

/// One interaction merged from every mention of it, across sentences and
/// articles. The `events.jsonl` line of Parley's output contract.
///
/// `date` is written as the day ("2025-04-27") or, when the text gave only a week, month or
/// year, as that value ("2025-W17", "2025-04", "2025"); it is null only when nothing dated it.
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
  /// The distinct outlets that report it (copies of one outlet count once), sorted.
  public var outlets: [String] = []
  /// The earliest publication date of its articles.
  public var firstReported: CivilDate? = nil
  /// The latest publication date of its articles.
  public var lastReported: CivilDate? = nil
  /// Dates its mentions gave other than ``dateText`` (a month around the day, a
  /// neighbouring day), sorted.
  public var disagreeingDates: [String] = []
  /// The id of the planned event of the same pair and type whose date this occurred event
  /// meets, when there is one.
  public var fulfils: String? = nil

  /// Creates an event.
  public init(
    id: String, type: InteractionType, mode: String?, date: CivilDate?, datePrecision: String?,
    dateValue: String? = nil, status: InteractionStatus, source: String, target: String, reciprocal: Bool,
    mentions: Int, articles: [String], evidence: [String], outlets: [String] = [],
    firstReported: CivilDate? = nil, lastReported: CivilDate? = nil, disagreeingDates: [String] = [],
    fulfils: String? = nil
  ) {
    self.id = id
    self.type = type
    self.mode = mode
    self.date = date
    self.datePrecision = datePrecision
    self.dateValue = dateValue
    self.status = status
    self.source = source
    self.target = target
    self.reciprocal = reciprocal
    self.mentions = mentions
    self.articles = articles
    self.evidence = evidence
    self.outlets = outlets
    self.firstReported = firstReported
    self.lastReported = lastReported
    self.disagreeingDates = disagreeingDates
    self.fulfils = fulfils
  }

  /// The date as written: the day, else the week, month or year value; nil when undated.
  public var dateText: String? { date?.description ?? dateValue }

  enum CodingKeys: String, CodingKey {
    case id, type, mode, date, datePrecision, dateValue, status, source, target, reciprocal, mentions,
      articles, evidence, outlets, firstReported, lastReported, disagreeingDates, fulfils
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    type = try c.decode(InteractionType.self, forKey: .type)
    mode = try c.decodeIfPresent(String.self, forKey: .mode)
    let dateString = try c.decodeIfPresent(String.self, forKey: .date)
    date = dateString.flatMap { CivilDate(iso: $0) }
    datePrecision = try c.decodeIfPresent(String.self, forKey: .datePrecision)
    dateValue = try c.decodeIfPresent(String.self, forKey: .dateValue) ?? (date == nil ? dateString : nil)
    status = try c.decode(InteractionStatus.self, forKey: .status)
    source = try c.decode(String.self, forKey: .source)
    target = try c.decode(String.self, forKey: .target)
    reciprocal = try c.decode(Bool.self, forKey: .reciprocal)
    mentions = try c.decode(Int.self, forKey: .mentions)
    articles = try c.decode([String].self, forKey: .articles)
    evidence = try c.decode([String].self, forKey: .evidence)
    outlets = try c.decodeIfPresent([String].self, forKey: .outlets) ?? []
    firstReported = try c.decodeIfPresent(CivilDate.self, forKey: .firstReported)
    lastReported = try c.decodeIfPresent(CivilDate.self, forKey: .lastReported)
    disagreeingDates = try c.decodeIfPresent([String].self, forKey: .disagreeingDates) ?? []
    fulfils = try c.decodeIfPresent(String.self, forKey: .fulfils)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(type, forKey: .type)
    try c.encode(mode, forKey: .mode)
    try c.encode(dateText, forKey: .date)
    try c.encode(datePrecision, forKey: .datePrecision)
    try c.encodeIfPresent(dateValue, forKey: .dateValue)
    try c.encode(status, forKey: .status)
    try c.encode(source, forKey: .source)
    try c.encode(target, forKey: .target)
    try c.encode(reciprocal, forKey: .reciprocal)
    try c.encode(mentions, forKey: .mentions)
    try c.encode(articles, forKey: .articles)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(outlets, forKey: .outlets)
    try c.encode(firstReported, forKey: .firstReported)
    try c.encode(lastReported, forKey: .lastReported)
    try c.encode(disagreeingDates, forKey: .disagreeingDates)
    try c.encode(fulfils, forKey: .fulfils)
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
