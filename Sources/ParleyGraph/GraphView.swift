import ParleyExtract
import ParleyIngest

/// What part of a graph to show, and at what level: the options every output and command
/// of Parley shares (`--level`, `--from`, `--to`, `--actor`, `--country`, `--type`,
/// `--status`, `--min-events`, `--ego`, `--hops`, `--top`, `--no-domestic`).
///
/// A view is applied in a fixed order: actors are rolled up to ``level``; events are kept
/// when they pass the date, type, status, actor, country and domestic filters; pairs with
/// fewer than ``minEvents`` events are dropped; then only the neighbourhood of ``ego``
/// within ``hops`` pairs is kept; then only the ``top`` actors by weighted degree (events
/// on their pairs with other actors) and the events among them. Mentions are filtered by
/// the same rules on their own fields and kept when their pair is kept. The result is
/// deterministic.
public struct GraphView: Sendable, Hashable {
  /// The level actors are rolled up to.
  public var level: ActorLevel = .person
  /// The first day shown; an event dated by week, month or year is shown when its span
  /// overlaps the range. Undated events are left out once a range is given.
  public var from: CivilDate?
  /// The last day shown.
  public var to: CivilDate?
  /// Names, aliases or ids (any case): keep the events with one of them on either side.
  public var actors: [String] = []
  /// ISO 3166 alpha-3 codes: keep the events with an actor of one of them on either side.
  public var countries: [String] = []
  /// Keep only these PLOVER types (all when empty).
  public var types: [InteractionType] = []
  /// Keep only these statuses (all when empty).
  public var statuses: [InteractionStatus] = []
  /// Keep only the pairs with at least this many events.
  public var minEvents = 1
  /// A name, alias or id: keep only the actors within ``hops`` pairs of it.
  public var ego: String?
  /// How many pairs away from ``ego`` an actor may be.
  public var hops = 1
  /// Keep only this many actors, those with the most events on their pairs.
  public var top: Int?
  /// Leave out events between two actors of one country.
  public var excludesDomestic = false

  /// A view that shows everything, at person level.
  public init() {}

  /// Whether the view is the identity: person level and no filter.
  public var isEverything: Bool { self == GraphView() }

  /// The graph seen through this view, with what was cut and warnings for names that
  /// match nothing.
  /// - Complexity: O((*m* + *e*) log (*m* + *e*)) for *m* mentions and *e* events.
  public func apply(to graph: EventGraph) -> ViewedGraph {
    let rollup = ActorRollup(graph: graph, level: level)
    var warnings: [String] = []
    var cuts: Set<String> = []
    let matcher = ActorMatcher(graph: graph, rollup: rollup)
    var actorIDs = Set<String>()
    var named: [String] = []
    for name in actors {
      let found = matcher.ids(named: name)
      if found.isEmpty { warnings.append("--actor \(name): matches no actor") }
      actorIDs.formUnion(found)
      named += Set(found.map { rollup.id($0) }).sorted()
    }
    var egoIDs = Set<String>()
    if let ego {
      egoIDs = Set(matcher.ids(named: ego).map { rollup.id($0) })
      if egoIDs.isEmpty { warnings.append("--ego \(ego): matches no actor") }
    }
    let countrySet = Set(countries.map { $0.uppercased() })
    let known = Set(graph.actors.compactMap(\.actor.country))
    for code in countries.map({ $0.uppercased() }).sorted() where !known.contains(code) {
      warnings.append("--country \(code): no actor of that country")
    }

    /// Why an item with these fields is left out (nil: kept).
    func cut(
      source: String, target: String, type: InteractionType, status: InteractionStatus,
      span: ClosedRange<Int>?
    ) -> String? {
      let rs = rollup.id(source)
      let rt = rollup.id(target)
      let a = graph.actor(source)?.actor.country
      let b = graph.actor(target)?.actor.country
      let domestic = rs == rt || (a != nil && a == b)
      if level == .country && domestic { return "" }
      if from != nil || to != nil {
        guard let span else { return "--from/--to" }
        let lo = from?.dayNumber ?? Int.min
        let hi = to?.dayNumber ?? Int.max
        if span.upperBound < lo || span.lowerBound > hi { return "--from/--to" }
      }
      if !types.isEmpty && !types.contains(type) { return "--type" }
      if !statuses.isEmpty && !statuses.contains(status) { return "--status" }
      if !actors.isEmpty && ![source, target, rs, rt].contains(where: actorIDs.contains) { return "--actor" }
      if !countrySet.isEmpty && ![a, b].contains(where: { $0.map(countrySet.contains) ?? false }) {
        return "--country"
      }
      if excludesDomestic && domestic { return "--no-domestic" }
      return nil
    }

    // Events through the filters, with their rolled-up ends.
    var kept: [(event: Event, source: String, target: String)] = []
    for e in graph.events {
      if let reason = cut(
        source: e.source, target: e.target, type: e.type, status: e.status,
        span: DateSpan.days(date: e.date, value: e.dateValue))
      {
        if !reason.isEmpty { cuts.insert(reason) }
        continue
      }
      kept.append((e, rollup.id(e.source), rollup.id(e.target)))
    }
    let before = kept.count
    if minEvents > 1 {
      var count: [Pair: Int] = [:]
      for k in kept { count[Pair(k.source, k.target), default: 0] += 1 }
      kept = kept.filter { count[Pair($0.source, $0.target)]! >= minEvents }
      if kept.count < before { cuts.insert("--min-events") }
    }
    if ego != nil {
      var neighbours: [String: Set<String>] = [:]
      for k in kept where k.source != k.target {
        neighbours[k.source, default: []].insert(k.target)
        neighbours[k.target, default: []].insert(k.source)
      }
      var reached = egoIDs
      var frontier = egoIDs
      for _ in 0..<max(0, hops) {
        frontier = Set(frontier.flatMap { neighbours[$0] ?? [] }).subtracting(reached)
        reached.formUnion(frontier)
      }
      let count = kept.count
      kept = kept.filter { reached.contains($0.source) && reached.contains($0.target) }
      if kept.count < count { cuts.insert("--ego/--hops") }
    }
    if let top {
      var degree: [String: Int] = [:]
      for k in kept {
        degree[k.source, default: 0] += k.source == k.target ? 0 : 1
        degree[k.target, default: 0] += k.source == k.target ? 0 : 1
      }
      let chosen = Set(
        degree.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(max(0, top)).map(\.key))
      let count = kept.count
      kept = kept.filter { chosen.contains($0.source) && chosen.contains($0.target) }
      if kept.count < count { cuts.insert("--top") }
    }

    // The viewed events, mentions and actors.
    let pairs = Set(kept.map { Pair($0.source, $0.target) })
    var events = kept.map { k -> Event in
      var e = k.event
      (e.source, e.target) = e.reciprocal && k.target < k.source ? (k.target, k.source) : (k.source, k.target)
      return e
    }
    var mentions: [(Mention, FoundActors, Int)] = []
    for (index, m) in graph.mentions.enumerated() {
      let span = DateSpan.days(date: m.date, value: m.dateValue)
      guard cut(source: m.source.id, target: m.target.id, type: m.type, status: m.status, span: span) == nil,
        pairs.contains(Pair(rollup.id(m.source.id), rollup.id(m.target.id)))
      else { continue }
      var v = m
      if level != .person {
        v.source = rollup.actor(m.source.id) ?? m.source
        v.target = rollup.actor(m.target.id) ?? m.target
        if v.reciprocal && v.target.id < v.source.id { swap(&v.source, &v.target) }
      }
      mentions.append((v, graph.found[index], index))
    }
    if level != .person {
      events.sort(by: EventRecord.outputOrder)
      mentions.sort {
        EventGraph.mentionOrder($0.0, $1.0) || (!EventGraph.mentionOrder($1.0, $0.0) && $0.2 < $1.2)
      }
    }
    let ids = Set(events.flatMap { [$0.source, $0.target] } + mentions.flatMap { [$0.0.source.id, $0.0.target.id] })
    let viewed = EventGraph(
      mentions: mentions.map(\.0), found: mentions.map(\.1), events: events,
      actors: ids.compactMap { rollup.actors[$0] })

    // Totals at the level, before any filter.
    let totalActors = Set(graph.actors.map { rollup.id($0.actor.id) })
    var totalPairs = Set<Pair>()
    for e in graph.events {
      let p = Pair(rollup.id(e.source), rollup.id(e.target))
      if p.a != p.b && !(level == .country && cut(source: e.source, target: e.target, type: e.type, status: e.status, span: nil) == "") {
        totalPairs.insert(p)
      }
    }
    let shownPairs = Set(viewed.events.map { Pair($0.source, $0.target) }.filter { $0.a != $0.b })
    let summary = ViewSummary(
      actors: viewed.actors.count, totalActors: totalActors.count, pairs: shownPairs.count,
      totalPairs: totalPairs.count, events: viewed.events.count, totalEvents: graph.events.count,
      cutBy: cuts.sorted(), settings: settings)
    var seenNamed = Set<String>()
    let namedActors = named.filter { viewed.actor($0) != nil && seenNamed.insert($0).inserted }
    return ViewedGraph(graph: viewed, summary: summary, warnings: warnings, namedActors: namedActors)
  }

  /// The view's settings in words, for captions ("country level", "from 2025-04-01", …).
  public var settings: [String] {
    var out: [String] = []
    if level != .person { out.append("\(level.rawValue) level") }
    if let from, let to {
      out.append(from == to ? "on \(from)" : "\(from) to \(to)")
    } else if let from {
      out.append("from \(from)")
    } else if let to {
      out.append("to \(to)")
    }
    if !actors.isEmpty { out.append("actor " + actors.joined(separator: ", ")) }
    if !countries.isEmpty { out.append("country " + countries.map { $0.uppercased() }.joined(separator: ", ")) }
    if !types.isEmpty { out.append(types.map(\.rawValue).joined(separator: ", ")) }
    if !statuses.isEmpty { out.append(statuses.map(\.rawValue).joined(separator: ", ")) }
    if minEvents > 1 { out.append("pairs with \(minEvents)+ events") }
    if let ego { out.append("within \(hops) hop\(hops == 1 ? "" : "s") of \(ego)") }
    if let top { out.append("top \(top)") }
    if excludesDomestic { out.append("no domestic pairs") }
    return out
  }
}

/// A graph seen through a ``GraphView``.
public struct ViewedGraph: Sendable {
  /// The graph as the view shows it: rolled-up actors, kept events and mentions.
  public var graph: EventGraph
  /// What the view kept and cut.
  public var summary: ViewSummary
  /// Names that matched nothing ("--actor Foo: matches no actor").
  public var warnings: [String]
  /// The ids (at the view's level) of the actors ``GraphView/actors`` named, in the order
  /// given, each once, those left in the viewed graph only: the lanes of a per-actor or
  /// per-pair timeline.
  public var namedActors: [String] = []
}

/// An unordered pair of actor ids.
struct Pair: Hashable {
  let a: String
  let b: String
  init(_ x: String, _ y: String) { (a, b) = x <= y ? (x, y) : (y, x) }
}

/// Finds actors by id, name or alias, ignoring case and common diacritics; a name that is
/// none of these may be a person's surname ("Lavrov"). An alias or surname several people
/// share names the one with the most events (all of those tied), so that "Putin" is not
/// also every mis-read name that ends in it.
struct ActorMatcher {
  private var byName: [String: Set<String>] = [:]
  private var byAlias: [String: Set<String>] = [:]
  private var bySurname: [String: Set<String>] = [:]
  private var people: [String: Int] = [:]

  init(graph: EventGraph, rollup: ActorRollup) {
    for summary in graph.actors {
      let a = summary.actor
      for name in [a.id, a.name] { byName[Self.key(name), default: []].insert(a.id) }
      for name in a.aliases { byAlias[Self.key(name), default: []].insert(a.id) }
      if a.kind == .person {
        people[a.id] = summary.events
        let words = Self.key(a.name).split(separator: " ")
        if words.count > 1, let last = words.last { bySurname[String(last), default: []].insert(a.id) }
      }
    }
    for (id, a) in rollup.actors where rollup.level != .person {
      for name in [a.id, a.name] { byName[Self.key(name), default: []].insert(id) }
    }
  }

  /// The ids of the actors called `name`; when none is, the people of that surname.
  func ids(named name: String) -> Set<String> {
    let key = Self.key(name)
    if let exact = byName[key] { return exact }
    guard let found = byAlias[key] ?? bySurname[key] else { return [] }
    let persons = found.filter { people[$0] != nil }
    let most = persons.map { people[$0]! }.max() ?? 0
    return found.filter { people[$0].map { $0 == most } ?? true }
  }

  static func key(_ name: String) -> String {
    name.lowercased().folding().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}

/// The days an event or mention covers, as day numbers.
enum DateSpan {
  /// `date` as one day; else the week, month or year of `value`; nil when undated.
  static func days(date: CivilDate?, value: String?) -> ClosedRange<Int>? {
    if let date { return date.dayNumber...date.dayNumber }
    guard let value else { return nil }
    guard let (first, count) = TimeValueFormat.span(coveredBy: value) else { return nil }
    let day = first.dayNumber
    return day...(day + count - 1)
  }
}
