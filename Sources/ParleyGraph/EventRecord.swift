import ParleyExtract
import ParleyIngest

/// Turns merged mention clusters into ``Event`` records: direction, best date, outlets,
/// report dates, disagreeing dates, unique ids and the planned events they fulfil.
enum EventRecord {
  /// The events of one cluster: one when a mention is reciprocal or all go one way, else
  /// one per direction.
  static func events(of cluster: MentionCluster) -> [Event] {
    if cluster.mentions.contains(where: \.reciprocal) {
      return [event(cluster.mentions, anchor: cluster.anchor, reciprocal: true)]
    }
    let bySource = Dictionary(grouping: cluster.mentions, by: \.source.id)
    return bySource.keys.sorted().map { event(bySource[$0]!, anchor: cluster.anchor, reciprocal: false) }
  }

  private static func event(_ mentions: [Mention], anchor: MentionCluster.Anchor, reciprocal: Bool) -> Event {
    let first = mentions[0]
    let (source, target) =
      reciprocal && first.target.id < first.source.id ? (first.target.id, first.source.id) : (first.source.id, first.target.id)
    var evidence: [String] = []
    var seen = Set<String>()
    for m in mentions where seen.insert(m.evidence).inserted { evidence.append(m.evidence) }
    var modeCounts: [String: Int] = [:]
    for m in mentions { if let mode = m.mode { modeCounts[mode, default: 0] += 1 } }
    let mode = modeCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    var date: CivilDate?
    var precision: String?
    var value: String?
    switch anchor {
    case .day(let d):
      date = d
      precision = "day"
    case .coarse(let v, _):
      value = v
      precision = mentions.first { $0.dateValue == v }?.datePrecision
    case .article(let d):
      date = d
      precision = "article"
    case .none:
      break
    }
    let dateText = date?.description ?? value
    let given = Set(mentions.compactMap(MentionDate.text(of:)))
    let reported = mentions.compactMap(\.articleDate)
    var id = [first.type.rawValue.lowercased(), dateText ?? "undated", source, target].joined(separator: "-")
    if first.status != .occurred { id += "-" + first.status.rawValue }
    if !reciprocal { id += "-directed" }
    return Event(
      id: id, type: first.type, mode: mode, date: date, datePrecision: precision, dateValue: value,
      status: first.status, source: source, target: target, reciprocal: reciprocal, mentions: mentions.count,
      articles: Set(mentions.map(\.article)).sorted(), evidence: evidence,
      outlets: Set(mentions.compactMap(\.outlet)).sorted(), firstReported: reported.min(),
      lastReported: reported.max(), disagreeingDates: given.subtracting([dateText].compactMap { $0 }).sorted())
  }

  /// Gives a second event with an id already taken a numbered suffix ("-2", "-3").
  static func uniqueIDs(_ events: inout [Event]) {
    var used: [String: Int] = [:]
    for i in events.indices {
      let n = used[events[i].id, default: 0] + 1
      used[events[i].id] = n
      if n > 1 { events[i].id += "-\(n)" }
    }
  }

  /// Links each occurred event to the planned event of the same pair and type whose date
  /// (a day, or the week, month or year it was planned for) holds the occurred event's
  /// date: the most precise such plan, the latest among equals.
  static func linkFulfilled(_ events: inout [Event]) {
    struct Plan {
      var id: String
      var span: ClosedRange<Int>
    }
    func key(_ e: Event) -> String {
      (e.source < e.target ? [e.source, e.target] : [e.target, e.source]).joined(separator: "|") + "|" + e.type.rawValue
    }
    var plans: [String: [Plan]] = [:]
    for e in events where e.status == .planned {
      guard let span = DateSpan.days(date: e.date, value: e.dateValue) else { continue }
      plans[key(e), default: []].append(Plan(id: e.id, span: span))
    }
    guard !plans.isEmpty else { return }
    for i in events.indices where events[i].status == .occurred {
      guard let candidates = plans[key(events[i])],
        let span = DateSpan.days(date: events[i].date, value: events[i].dateValue)
      else { continue }
      let met = candidates.filter { $0.span.lowerBound <= span.lowerBound && $0.span.upperBound >= span.upperBound }
      events[i].fulfils = met.min {
        ($0.span.count, -$0.span.lowerBound, $0.id) < ($1.span.count, -$1.span.lowerBound, $1.id)
      }?.id
    }
  }

  /// `events` sorted by ``outputOrder(_:_:)``, each event's date span worked out once
  /// rather than at every comparison.
  static func inOutputOrder(_ events: [Event]) -> [Event] {
    struct Key {
      var day: Int
      var date: String
      var index: Int
    }
    let keys = events.indices.map { i in
      Key(
        day: DateSpan.days(date: events[i].date, value: events[i].dateValue)?.lowerBound ?? Int.max,
        date: events[i].dateText ?? "", index: i)
    }
    let order = keys.sorted { x, y in
      let a = events[x.index]
      let b = events[y.index]
      if (x.day, x.date, a.source, a.target, a.type.rawValue, a.id) != (y.day, y.date, b.source, b.target, b.type.rawValue, b.id) {
        return (x.day, x.date, a.source, a.target, a.type.rawValue, a.id) < (y.day, y.date, b.source, b.target, b.type.rawValue, b.id)
      }
      return x.index < y.index
    }
    return order.map { events[$0.index] }
  }

  /// The order of `events.jsonl`: by the first day of the date (undated last), the date as
  /// written, source, target, type, id.
  static func outputOrder(_ a: Event, _ b: Event) -> Bool {
    let da = DateSpan.days(date: a.date, value: a.dateValue)?.lowerBound ?? Int.max
    let db = DateSpan.days(date: b.date, value: b.dateValue)?.lowerBound ?? Int.max
    return (da, a.dateText ?? "", a.source, a.target, a.type.rawValue, a.id)
      < (db, b.dateText ?? "", b.source, b.target, b.type.rawValue, b.id)
  }
}
