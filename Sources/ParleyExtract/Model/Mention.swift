import ParleyIngest

/// One interaction mention: one sentence saying that `source` did `type` to
/// `target`. The `mentions.jsonl` line of Parley's output contract.
public struct Mention: Sendable, Hashable, Codable {
  /// The article path as given.
  public var article: String
  /// The article's publication date.
  public var articleDate: CivilDate?
  /// Index of the sentence in the article body (0-based).
  public var sentence: Int
  /// The sentence text.
  public var evidence: String
  /// Who acts. For reciprocal interactions, the first in canonical order.
  public var source: PoliticalActor
  /// Who is acted upon. For reciprocal interactions, the second in canonical order.
  public var target: PoliticalActor
  /// The PLOVER event type.
  public var type: InteractionType
  /// The PLOVER mode ("phone", "visit", ...), when the text gives one.
  public var mode: String?
  /// Whether both sides act alike ("A and B held talks").
  public var reciprocal: Bool
  /// The day the interaction happened or is planned for, when known.
  public var date: CivilDate?
  /// The temporal expression the date came from, or nil when it is the article date.
  public var dateText: String?
  /// How precise ``date`` is: day, week, month, year, or article (taken from the article date).
  public var datePrecision: String?
  /// The TimeML value of a date coarser than a day ("2025-W17", "2025-04", "2025"), so
  /// that the week, month or year the text gave is kept; nil for days and undated mentions.
  public var dateValue: String? = nil
  /// Occurred, planned, negated or hypothetical.
  public var status: InteractionStatus
  /// The word or phrase that signalled the interaction.
  public var trigger: String
  /// The outlet that published the article (``Article/outlet``), when known.
  public var outlet: String? = nil

  /// Creates a mention.
  public init(
    article: String, articleDate: CivilDate?, sentence: Int, evidence: String,
    source: PoliticalActor, target: PoliticalActor, type: InteractionType, mode: String?,
    reciprocal: Bool, date: CivilDate?, dateText: String?, datePrecision: String?,
    status: InteractionStatus, trigger: String
  ) {
    self.article = article
    self.articleDate = articleDate
    self.sentence = sentence
    self.evidence = evidence
    self.source = source
    self.target = target
    self.type = type
    self.mode = mode
    self.reciprocal = reciprocal
    self.date = date
    self.dateText = dateText
    self.datePrecision = datePrecision
    self.status = status
    self.trigger = trigger
  }

  enum CodingKeys: String, CodingKey {
    case article, articleDate, sentence, evidence, source, target, type, mode, reciprocal, date,
      dateText, datePrecision, dateValue, status, trigger, outlet
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(article, forKey: .article)
    try c.encode(articleDate, forKey: .articleDate)
    try c.encode(sentence, forKey: .sentence)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(source, forKey: .source)
    try c.encode(target, forKey: .target)
    try c.encode(type, forKey: .type)
    try c.encode(mode, forKey: .mode)
    try c.encode(reciprocal, forKey: .reciprocal)
    try c.encode(date, forKey: .date)
    try c.encode(dateText, forKey: .dateText)
    try c.encode(datePrecision, forKey: .datePrecision)
    try c.encodeIfPresent(dateValue, forKey: .dateValue)
    try c.encode(status, forKey: .status)
    try c.encode(trigger, forKey: .trigger)
    try c.encodeIfPresent(outlet, forKey: .outlet)
  }
}
