import ParleyExtract
import ParleyGraph
import ParleyIngest

/// A swimlane timeline: one lane per actor (the most active ones), time left to
/// right in day, week, month, quarter or year bins as the span needs, long empty
/// stretches compressed to one marked column. Each event is a marker in its bin on
/// its participants' lanes, joined by a vertical line, coloured by quad class and
/// dashed when it did not (yet) occur; events in one bin are stacked. Laid out by
/// Graphviz with pinned positions, at most about 1,700 pt wide for any input.
public struct TimelineDiagram: Sendable {
  /// What the view of the graph kept (level, filters), said in the caption; nil for none.
  public var viewNote: String? = nil
  /// The graph to draw.
  public var graph: EventGraph
  /// The number of actor lanes.
  public var lanes: Int
  /// Actor ids that get a lane whatever their activity, first and in this order (for
  /// per-actor and per-pair timelines); the other lanes, up to ``lanes``, go to the most
  /// active actors. Ids not in the graph are ignored.
  public var laneActors: [String]

  /// Creates a timeline of `graph` with at most `top` actor lanes, the actors of `lanes`
  /// (ids) first. `TimelineDiagram(graph: g, top: 2, lanes: [x, y])` draws just the pair.
  public init(graph: EventGraph, top: Int = 14, lanes pinned: [String] = []) {
    self.graph = graph
    self.lanes = max(top, 0)
    var seen = Set<String>()
    self.laneActors = pinned.filter { graph.actor($0) != nil && seen.insert($0).inserted }
    self.lanes = max(self.lanes, laneActors.count)
  }

  /// Creates a timeline of `graph` (older spelling; `maxEvents` is ignored, the lanes decide).
  public init(graph: EventGraph, maxEvents: Int) { self.init(graph: graph) }

  /// A time bin size.
  enum Bin: String, CaseIterable {
    case day, week, month, quarter, year
    func key(_ d: CivilDate) -> Int {
      switch self {
      case .day: return d.dayNumber
      case .week: return Int((Double(d.dayNumber + 3) / 7).rounded(.down))
      case .month: return d.year * 12 + d.month - 1
      case .quarter: return d.year * 4 + (d.month - 1) / 3
      case .year: return d.year
      }
    }
    func label(_ key: Int) -> String {
      func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
      switch self {
      case .day: return CivilDate(dayNumber: key).description
      case .week: return CivilDate(dayNumber: key * 7 - 3).description
      case .month: return "\(key / 12)-\(two(key % 12 + 1))"
      case .quarter: return "\(key / 4) Q\(key % 4 + 1)"
      case .year: return "\(key)"
      }
    }
  }

  /// A column of the time axis: a bin, or a compressed gap of empty bins.
  enum Column: Equatable { case bin(Int), gap(Int) }

  /// The most columns the axis may have.
  static let maxColumns = 110
  /// Empty runs longer than this many bins are compressed into one gap column.
  static let longestOpenGap = 2
  /// Markers stacked in one lane and bin at most.
  static let stack = 4

  static func columns(_ keys: [Int]) -> [Column] {
    var out: [Column] = []
    for (i, k) in keys.enumerated() {
      if i > 0 {
        let empty = k - keys[i - 1] - 1
        if empty > longestOpenGap { out.append(.gap(empty)) } else if empty > 0 {
          for e in 1...empty { out.append(.bin(keys[i - 1] + e)) }
        }
      }
      out.append(.bin(k))
    }
    return out
  }

  /// What a compressed gap leaves out: "1945 – 2009: 65 empty years left out".
  static func gapText(after previous: Column?, empty n: Int, bin: Bin) -> String {
    guard case .bin(let k)? = previous else { return "\(n) empty \(bin.rawValue)s left out" }
    return "\(bin.label(k + 1)) – \(bin.label(k + n)): \(n) empty \(bin.rawValue)s left out"
  }

  /// The layout, computed once for `dot()` and for tests.
  struct Plan {
    var lanes: [ActorSummary] = []
    var bin = Bin.day
    var columns: [Column] = []
    var drawn: [(event: Event, column: Int, slots: [(lane: Int, slot: Int)])] = []
    var total = 0, undated = 0, offLane = 0, crowded = 0
    /// Events left out of a full stack, by lane and column (each lane of a hidden event counts).
    var hidden: [Cell: Int] = [:]
  }

  /// A lane and a column.
  struct Cell: Hashable, Comparable {
    var lane: Int, column: Int
    static func < (a: Cell, b: Cell) -> Bool { (a.lane, a.column) < (b.lane, b.column) }
  }

  func plan() -> Plan {
    var p = Plan()
    p.total = graph.events.count
    let dated = graph.events.filter { $0.date != nil }
    p.undated = p.total - dated.count
    var count: [String: Int] = [:]
    for e in dated {
      count[e.source, default: 0] += 1
      if e.target != e.source { count[e.target, default: 0] += 1 }
    }
    let pinned = laneActors.compactMap { graph.actor($0) }
    let pinnedIDs = Set(laneActors)
    let ranked = pinned + graph.actors.filter { count[$0.actor.id] != nil && !pinnedIDs.contains($0.actor.id) }
      .sorted { (count[$0.actor.id]!, $1.actor.id) > (count[$1.actor.id]!, $0.actor.id) }
      .prefix(max(0, lanes - pinned.count))
    // Order lanes so frequent partners sit next to each other: greedily, the next lane is
    // the actor sharing most events with the last placed one.
    let chosen = Set(ranked.map(\.actor.id))
    var together: [String: Int] = [:]
    for e in dated where chosen.contains(e.source) && chosen.contains(e.target) && e.source != e.target {
      together[e.source + "\u{0}" + e.target, default: 0] += 1
      together[e.target + "\u{0}" + e.source, default: 0] += 1
    }
    var rest = Array(ranked.dropFirst(pinned.count))
    p.lanes = pinned
    if p.lanes.isEmpty && !rest.isEmpty { p.lanes.append(rest.removeFirst()) }
    if !rest.isEmpty {
      while !rest.isEmpty {
        let last = p.lanes.last!.actor.id
        var best = 0
        for (i, a) in rest.enumerated() where (together[last + "\u{0}" + a.actor.id] ?? 0) > (together[last + "\u{0}" + rest[best].actor.id] ?? 0) { best = i }
        p.lanes.append(rest.remove(at: best))
      }
    }
    let laneOf = Dictionary(uniqueKeysWithValues: p.lanes.enumerated().map { ($1.actor.id, $0) })
    let onLanes = dated.filter { laneOf[$0.source] != nil || laneOf[$0.target] != nil }
      .sorted { ($0.date!, $0.id) < ($1.date!, $1.id) }
    p.offLane = dated.count - onLanes.count
    for bin in Bin.allCases {
      p.bin = bin
      p.columns = Self.columns(Array(Set(onLanes.map { bin.key($0.date!) })).sorted())
      if p.columns.count <= Self.maxColumns { break }
    }
    var columnOf: [Int: Int] = [:]
    for (i, c) in p.columns.enumerated() { if case .bin(let k) = c { columnOf[k] = i } }
    var used: [Int: Int] = [:]
    for e in onLanes {
      let column = columnOf[p.bin.key(e.date!)]!
      let ls = Array(Set([laneOf[e.source], laneOf[e.target]].compactMap { $0 })).sorted()
      let slots = ls.map { l in (lane: l, slot: used[l * 100_000 + column] ?? 0) }
      if slots.allSatisfy({ $0.slot < Self.stack }) {
        for l in ls { used[l * 100_000 + column, default: 0] += 1 }
        p.drawn.append((e, column, slots))
      } else {
        p.crowded += 1
        for l in ls { p.hidden[Cell(lane: l, column: column), default: 0] += 1 }
      }
    }
    return p
  }

  /// The caption: what is shown and what was cut.
  func caption(_ p: Plan) -> String {
    let hidden = p.total - p.drawn.count
    let pinned = p.lanes.prefix(laneActors.count).map(\.actor.name)
    let others = p.lanes.count - pinned.count
    var whose = "the \(p.lanes.count) most active actors' lanes"
    if !pinned.isEmpty {
      let names = pinned.count <= 3 ? pinned.joined(separator: ", ") : pinned.prefix(3).joined(separator: ", ") + " and \(pinned.count - 3) more"
      whose = "the lanes of \(names)" + (others > 0 ? " and the \(others) most active others" : "")
    }
    var text = "\(grouped(p.drawn.count)) of \(grouped(p.total)) events on \(whose), by \(p.bin.rawValue)"
    if hidden > 0 {
      var why: [String] = []
      if p.undated > 0 { why.append("\(grouped(p.undated)) undated") }
      if p.offLane > 0 { why.append("\(grouped(p.offLane)) between other actors") }
      if p.crowded > 0 { why.append("\(grouped(p.crowded)) in full bins, counted by +n") }
      text += "; \(grouped(hidden)) not shown (" + why.joined(separator: ", ") + ")"
    }
    if p.columns.contains(where: { if case .gap = $0 { return true } else { return false } }) {
      text += "; ≈ marks a compressed stretch of empty \(p.bin.rawValue)s"
    }
    if let viewNote { text += "; view: " + viewNote }
    return text
  }

  /// The DOT text, deterministic for a given graph.
  public func dot() -> String {
    let p = plan()
    let left = 190.0, laneHeight = 16.0 + 11.0 * Double(Self.stack), axisY = 20.0
    let columnWidth = max(12, min(40, 1400 / Double(max(1, p.columns.count))))
    func x(_ column: Int) -> Double { left + columnWidth * (Double(column) + 0.5) }
    func y(_ lane: Int) -> Double { axisY + 30 + laneHeight * (Double(p.lanes.count - 1 - lane) + 0.5) }
    func pos(_ x: Double, _ y: Double) -> String { "\(format1(x)),\(format1(y))!" }
    let right = left + columnWidth * Double(p.columns.count)
    let top = axisY + 30 + laneHeight * Double(p.lanes.count)
    var lines = [
      "graph \(DOTText.quoted("Parley timeline")) {",
      "  graph" + DOTText.attributes([
        "splines": "false", "overlap": "true", "outputorder": "edgesfirst", "fontname": "Helvetica",
        "bgcolor": "white", "pad": "0.3", "labelloc": "b", "labeljust": "l", "fontsize": "14",
        "id": "timeline", "class": "parley-timeline",
      ]) + ";",
      "  graph [label=<\(legend(caption: caption(p)))>];",
      "  node" + DOTText.attributes(["fontname": "Helvetica", "fontsize": "12", "shape": "plaintext", "label": ""]) + ";",
      "  edge" + DOTText.attributes(["color": "#cccccc"]) + ";",
    ]
    for (i, lane) in p.lanes.enumerated() {
      let a = lane.actor
      lines.append("  " + DOTText.quoted("lane: " + a.name + " [\(a.id)]") + DOTText.attributes([
        "label": DOTText.truncated(a.name, 24), "pos": pos(left / 2, y(i)), "fontsize": "14",
        "class": "lane sector-\(NetworkDiagram.classToken(a.sector ?? "none"))", "id": "lane-" + a.id,
        "tooltip": "\(a.name): \(lane.events) events",
      ]) + ";")
      let start = "lane-start:\(a.id)", end = "lane-end:\(a.id)"
      lines.append("  " + DOTText.quoted(start) + DOTText.attributes(["shape": "point", "width": "0.01", "color": "#cccccc", "pos": pos(left, y(i))]) + ";")
      lines.append("  " + DOTText.quoted(end) + DOTText.attributes(["shape": "point", "width": "0.01", "color": "#cccccc", "pos": pos(right, y(i))]) + ";")
      lines.append("  \(DOTText.quoted(start)) -- \(DOTText.quoted(end)) [class=\"lane-line\", penwidth=\"1.5\"];")
    }
    // The axis: a label every ~70 pt, each gap marked.
    let every = max(1, Int((70 / columnWidth).rounded(.up)))
    var lastLabelled = -every
    for (i, c) in p.columns.enumerated() {
      switch c {
      case .bin(let k):
        guard i - lastLabelled >= every else { continue }
        lastLabelled = i
        lines.append("  " + DOTText.quoted("axis:\(i)") + DOTText.attributes([
          "label": p.bin.label(k), "pos": pos(x(i), axisY), "class": "axis", "fontcolor": "#333333",
        ]) + ";")
      case .gap(let n):
        lines.append("  " + DOTText.quoted("gap:\(i)") + DOTText.attributes([
          "label": "≈", "pos": pos(x(i), axisY + 12), "class": "axis gap", "fontsize": "16",
          "tooltip": Self.gapText(after: i > 0 ? p.columns[i - 1] : nil, empty: n, bin: p.bin),
        ]) + ";")
        lines.append("  " + DOTText.quoted("gap-top:\(i)") + DOTText.attributes(["shape": "point", "width": "0.01", "color": "#999999", "pos": pos(x(i), top)]) + ";")
        lines.append("  \(DOTText.quoted("gap:\(i)")) -- \(DOTText.quoted("gap-top:\(i)")) [style=\"dotted\", color=\"#999999\", class=\"gap\"];")
      }
    }
    for (event, column, slots) in p.drawn {
      let e = event
      let source = graph.actor(e.source)?.actor.name ?? e.source
      let target = graph.actor(e.target)?.actor.name ?? e.target
      var tip = "\(e.date!) \(source) \(e.reciprocal ? "—" : "→") \(target): \(e.type.rawValue)\(e.mode.map { "/\($0)" } ?? "") \(e.status.rawValue)"
      if let ev = e.evidence.first { tip += "\n“" + DOTText.truncated(ev, 200) + "”" }
      tip += "\n(\(e.mentions) mention(s) in \(e.articles.count) article(s))"
      let color = Palette.color(for: e.type)
      var names: [String] = []
      for (lane, slot) in slots {
        let name = "\(e.id)@\(p.lanes[lane].actor.id)"
        names.append(name)
        let dy = (Double(slot) - Double(Self.stack - 1) / 2) * 11
        lines.append("  " + DOTText.quoted(name) + DOTText.attributes([
          "shape": "circle", "fixedsize": "true", "width": "0.13", "style": e.status == .occurred ? "filled" : "dashed,filled",
          "fillcolor": e.status == .occurred ? color : "white", "color": color, "penwidth": "1.5",
          "pos": pos(x(column), y(lane) - dy), "tooltip": tip, "id": "event-\(e.id)@\(p.lanes[lane].actor.id)",
          "class": "event \(e.type.rawValue) \(e.type.quadClass.rawValue) \(e.status.rawValue)",
        ]) + ";")
      }
      if names.count == 2 {
        lines.append("  \(DOTText.quoted(names[0])) -- \(DOTText.quoted(names[1]))" + DOTText.attributes([
          "color": color, "penwidth": "1.2", "style": e.status == .occurred ? "solid" : "dashed",
          "class": "link \(e.type.rawValue)", "tooltip": tip,
        ]) + ";")
      }
    }
    // A full stack says how many more events its bin holds on that lane.
    for cell in p.hidden.keys.sorted() {
      let n = p.hidden[cell]!
      let lane = p.lanes[cell.lane].actor
      lines.append("  " + DOTText.quoted("more:\(cell.lane):\(cell.column)") + DOTText.attributes([
        "label": "+\(n)", "pos": pos(x(cell.column), y(cell.lane) - 2.4 * 11), "fontsize": "8", "fontcolor": "#444444",
        "class": "more", "id": "more-\(lane.id)-\(cell.column)",
        "tooltip": "\(n) more event\(n == 1 ? "" : "s") of \(lane.name) in this \(p.bin.rawValue), not drawn",
      ]) + ";")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  func legend(caption: String) -> String {
    let quads = Palette.quadLegend.map {
      "<TD BGCOLOR=\"\($0.color)\" WIDTH=\"12\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\">\(HTMLText.escaped($0.name))</TD>"
    }.joined()
    return "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">"
      + "<TR><TD COLSPAN=\"10\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>Parley: events over time</B></FONT></TD></TR>"
      + "<TR><TD COLSPAN=\"10\" ALIGN=\"LEFT\">\(HTMLText.escaped(caption).replacingOccurrences(of: "; ", with: ";<BR ALIGN=\"LEFT\"/>"))<BR ALIGN=\"LEFT\"/></TD></TR>"
      + "<TR><TD ALIGN=\"LEFT\">Marker:</TD>\(quads)<TD ALIGN=\"LEFT\">hollow, dashed: not occurred; a line joins both participants</TD></TR>"
      + "</TABLE>"
  }

  /// The caption under the picture: what is shown and what was cut.
  public var caption: String { caption(plan()) }

  /// The SVG drawing, with a `<title>` and a `<desc>` (the caption) for screen readers.
  /// - Throws: ``GraphvizError``.
  public func svg() throws -> String {
    SVGMarkup.annotated(
      try Graphviz.render(dot: dot(), engine: "nop"), id: "timeline",
      title: "Parley: events over time", description: caption)
  }

  /// The drawing as `format` ("svg", "png" or "pdf") through Graphviz's own renderers.
  /// - Throws: ``GraphvizError``.
  public func rendered(as format: PictureFormat) throws -> [UInt8] {
    format == .svg ? Array(try svg().utf8) : try Graphviz.renderBytes(dot: dot(), engine: "nop", format: format.graphvizName)
  }
}
