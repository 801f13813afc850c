import ParleyExtract
import ParleyIngest

/// Merges mentions that report the same real event, within an article and across articles.
///
/// Mentions are grouped by their pair of actors (in either order), status and PLOVER type;
/// inside a group they join when their dates agree:
/// - Two day dates agree when they are the same day.
/// - A week, month or year agrees with a day inside it (the mention joins the day's event)
///   and with a finer week or month inside it; otherwise equal values agree. A week, month
///   or year holding the article's date ("this week") and no day of the group is treated
///   like an article date.
/// - A mention dated only by its article's date joins the nearest text-dated event of the
///   group within ``reportWindow`` days before (or on) that date; failing one, it joins an
///   event of other article-dated mentions reported at most one day earlier (a copy sent on
///   the wire, a next-day report).
/// - An undated mention joins an event its own article reports, else the text-dated event
///   nearest to its article's date (ending at most ``reportWindow`` days before it: "will
///   meet" joins the plan for Friday), else the group's undated one.
///
/// A reciprocal mention and directed ones of the same event make one reciprocal event;
/// directed mentions with opposite directions and no reciprocal mention make two events.
/// Planned, negated and hypothetical mentions never join occurred ones (the status is part of
/// the group); an occurred event that meets a planned one's date is linked to it
/// (``Event/fulfils``). The result depends on the mentions only, not on their order.
public struct EventMerger: Sendable {
  /// How many days before its article's date an article-dated mention looks for a
  /// text-dated event of its pair.
  public var reportWindow: Int

  /// Creates a merger.
  public init(reportWindow: Int = 3) { self.reportWindow = reportWindow }

  /// The events of `mentions` (canonical actors expected), sorted by date, source, target, type.
  /// - Complexity: O(*m* log *m*) for *m* mentions.
  public func merge(_ mentions: [Mention]) -> [Event] {
    var groups: [GroupKey: [Mention]] = [:]
    for m in mentions {
      groups[GroupKey(m), default: []].append(m)
    }
    var events: [Event] = []
    for key in groups.keys.sorted() {
      guard let group = groups[key] else { continue }
      for cluster in clusters(of: group) {
        events += EventRecord.events(of: cluster)
      }
    }
    EventRecord.uniqueIDs(&events)
    EventRecord.linkFulfilled(&events)
    return EventRecord.inOutputOrder(events)
  }

  /// The pair (in id order), status and type a mention's event must share.
  struct GroupKey: Hashable, Comparable {
    var first: String
    var second: String
    var status: String
    var type: String

    init(_ m: Mention) {
      (first, second) = m.source.id <= m.target.id ? (m.source.id, m.target.id) : (m.target.id, m.source.id)
      status = m.status.rawValue
      type = m.type.rawValue
    }

    static func < (a: Self, b: Self) -> Bool {
      (a.first, a.second, a.status, a.type) < (b.first, b.second, b.status, b.type)
    }
  }

  /// The mentions of one group split into events, by date.
  func clusters(of group: [Mention]) -> [MentionCluster] {
    let ordered = group.sorted(by: Self.mentionPrecedes)
    // How each mention is dated, worked out once.
    let dating = ordered.map(MentionDate.init)
    var days: [MentionCluster] = []
    var coarse: [MentionCluster] = []
    var coarseIndex = CoarseIndex()
    var reported: [MentionCluster] = []
    var undated: [MentionCluster] = []

    // Day-dated mentions: one event per day.
    var dayIndex: [CivilDate: Int] = [:]
    for (m, date) in zip(ordered, dating) where date == .day {
      let day = m.date!
      if let i = dayIndex[day] {
        days[i].mentions.append(m)
      } else {
        dayIndex[day] = days.count
        days.append(MentionCluster(anchor: .day(day), mentions: [m]))
      }
    }
    days.sort { $0.anchor.span!.lowerBound < $1.anchor.span!.lowerBound }
    let dayNumbers = days.map { $0.anchor.span!.lowerBound }

    // Weeks, months and years, finest first: into a day inside them, else a finer value.
    let weeks = zip(ordered, dating).compactMap { m, date -> (Mention, String, ClosedRange<Int>)? in
      guard case .coarse(let value, let span) = date else { return nil }
      return (m, value, span)
    }.sorted { a, b in
      let la = a.2.count
      let lb = b.2.count
      return la != lb ? la < lb : (a.1, a.0.article, a.0.sentence) < (b.1, b.0.article, b.0.sentence)
    }
    var vague: [(Mention, String, ClosedRange<Int>)] = []
    for (m, value, span) in weeks {
      let limit = m.articleDate.map { min(span.upperBound, $0.dayNumber) } ?? span.upperBound
      if let i = Self.lastIndex(in: dayNumbers, atMost: limit), dayNumbers[i] >= span.lowerBound {
        days[i].mentions.append(m)
      } else if let i = Self.firstIndex(in: dayNumbers, atLeast: span.lowerBound), dayNumbers[i] <= span.upperBound,
        // What had happened by the report cannot be a day after it.
        m.status != .occurred || dayNumbers[i] <= limit
      {
        days[i].mentions.append(m)
      } else if let published = m.articleDate?.dayNumber, span.contains(published) {
        // "This week", "this month": no more precise than the article's date.
        vague.append((m, value, span))
      } else {
        coarseIndex.add(m, value, span, to: &coarse)
      }
    }
    // A week, month or year that holds the article's date and no day of the group joins
    // the nearest day shortly before the article, as an article-dated mention would.
    for (m, value, span) in vague {
      let published = m.articleDate!.dayNumber
      if let i = Self.lastIndex(in: dayNumbers, atMost: published), published - dayNumbers[i] <= reportWindow {
        days[i].mentions.append(m)
      } else {
        coarseIndex.add(m, value, span, to: &coarse)
      }
    }
    let spans = CoarseSpans(coarse)

    // Article-dated mentions: the nearest text-dated event shortly before the report.
    let articleDated = zip(ordered, dating).filter { $0.1 == .article }.map(\.0)
      .sorted { ($0.articleDate!, $0.article, $0.sentence) < ($1.articleDate!, $1.article, $1.sentence) }
    for m in articleDated {
      let published = m.articleDate!.dayNumber
      var best: (distance: Int, isDay: Bool, index: Int)?
      if let i = Self.lastIndex(in: dayNumbers, atMost: published), published - dayNumbers[i] <= reportWindow {
        best = (published - dayNumbers[i], true, i)
      }
      if let (i, span) = spans.latestEnding(startingBy: published), span.upperBound >= published - reportWindow {
        let distance = max(0, published - span.upperBound)
        if best == nil || distance < best!.distance { best = (distance, false, i) }
      }
      if let best {
        if best.isDay { days[best.index].mentions.append(m) } else { coarse[best.index].mentions.append(m) }
      } else if let last = reported.indices.last, case .article(let first) = reported[last].anchor,
        published - first.dayNumber <= 1
      {
        reported[last].mentions.append(m)
      } else {
        reported.append(MentionCluster(anchor: .article(m.articleDate!), mentions: [m]))
      }
    }

    // Undated mentions: an event of their own article, else one undated event.
    var lastDayOf: [String: Int] = [:]
    var lastCoarseOf: [String: Int] = [:]
    for (i, c) in days.enumerated() { for m in c.mentions { lastDayOf[m.article] = i } }
    for (i, c) in coarse.enumerated() { for m in c.mentions { lastCoarseOf[m.article] = i } }
    for (m, date) in zip(ordered, dating) where date == .none {
      if let i = lastDayOf[m.article] {
        days[i].mentions.append(m)
      } else if let i = lastCoarseOf[m.article] {
        coarse[i].mentions.append(m)
      } else if let published = m.articleDate?.dayNumber, let (isDay, i) = nearest(to: published, days: dayNumbers, coarse: spans) {
        if isDay { days[i].mentions.append(m) } else { coarse[i].mentions.append(m) }
      } else if undated.isEmpty {
        undated.append(MentionCluster(anchor: .none, mentions: [m]))
      } else {
        undated[0].mentions.append(m)
      }
    }
    return (days + coarse + reported + undated).map {
      var c = $0
      c.mentions.sort(by: Self.mentionPrecedes)
      return c
    }
  }

  /// The text-dated cluster nearest to `published` that ends no more than ``reportWindow``
  /// days before it (a plan for next week, a meeting two days ago): a day when one is as
  /// near as any week, month or year; the earlier among equals.
  private func nearest(to published: Int, days: [Int], coarse: CoarseSpans) -> (isDay: Bool, index: Int)? {
    var best: (distance: Int, start: Int, isDay: Bool, index: Int)?
    func consider(_ span: ClosedRange<Int>, isDay: Bool, index: Int) {
      guard span.upperBound >= published - reportWindow else { return }
      let distance = span.contains(published) ? 0 : (span.lowerBound > published ? span.lowerBound - published : published - span.upperBound)
      let candidate = (distance, span.lowerBound, isDay ? 0 : 1, index)
      if best == nil || candidate < (best!.distance, best!.start, best!.isDay ? 0 : 1, best!.index) {
        best = (distance, span.lowerBound, isDay, index)
      }
    }
    if let i = Self.lastIndex(in: days, atMost: published) { consider(days[i]...days[i], isDay: true, index: i) }
    if let i = Self.firstIndex(in: days, atLeast: published) { consider(days[i]...days[i], isDay: true, index: i) }
    if let (i, span) = coarse.latestEnding(startingBy: published) { consider(span, isDay: false, index: i) }
    if let (i, span) = coarse.firstStarting(after: published) { consider(span, isDay: false, index: i) }
    return best.map { ($0.isDay, $0.index) }
  }

  /// Article, sentence, then the fields that tell mentions of one sentence apart.
  static func mentionPrecedes(_ a: Mention, _ b: Mention) -> Bool {
    if (a.article, a.sentence, a.source.id, a.target.id) != (b.article, b.sentence, b.source.id, b.target.id) {
      return (a.article, a.sentence, a.source.id, a.target.id) < (b.article, b.sentence, b.source.id, b.target.id)
    }
    return (a.reciprocal ? 0 : 1, a.mode ?? "", a.trigger, a.evidence, a.outlet ?? "")
      < (b.reciprocal ? 0 : 1, b.mode ?? "", b.trigger, b.evidence, b.outlet ?? "")
  }

  /// The index of the last of the sorted `values` at most `limit`.
  static func lastIndex(in values: [Int], atMost limit: Int) -> Int? {
    var low = 0
    var high = values.count
    while low < high {
      let mid = (low + high) / 2
      if values[mid] <= limit { low = mid + 1 } else { high = mid }
    }
    return low == 0 ? nil : low - 1
  }

  /// The index of the first of the sorted `values` at least `limit`.
  static func firstIndex(in values: [Int], atLeast limit: Int) -> Int? {
    var low = 0
    var high = values.count
    while low < high {
      let mid = (low + high) / 2
      if values[mid] < limit { low = mid + 1 } else { high = mid }
    }
    return low == values.count ? nil : low
  }
}
