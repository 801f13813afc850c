import ParleyExtract
import ParleyGraph

/// A timeline of events: one column per day, left to right, with the events
/// of that day stacked in it, coloured by type; dashed boxes for events that
/// were only planned, denied or hypothetical.
public struct TimelineDiagram: Sendable {
  /// The graph to draw.
  public var graph: EventGraph
  /// Draw at most this many events (the best-supported ones).
  public var maxEvents: Int

  /// Creates a timeline of `graph`.
  public init(graph: EventGraph, maxEvents: Int = 300) {
    self.graph = graph
    self.maxEvents = maxEvents
  }

  /// The DOT text, deterministic for a given graph.
  public func dot() -> String {
    let dated = graph.events.filter { $0.date != nil }
    let kept = Set(
      dated.sorted { ($0.mentions, $1.id) > ($1.mentions, $0.id) }.prefix(maxEvents).map(\.id))
    let events = dated.filter { kept.contains($0.id) }
    let days = Array(Set(events.compactMap(\.date))).sorted()
    var lines = [
      "digraph timeline {",
      "  graph" + DOTText.attributes([
        "rankdir": "LR", "nodesep": "0.15", "ranksep": "0.35", "fontname": "Helvetica",
        "label": "Parley: events over time", "labelloc": "t", "fontsize": "16", "bgcolor": "white",
        "newrank": "true",
      ]) + ";",
      "  node" + DOTText.attributes(["fontname": "Helvetica", "fontsize": "10", "shape": "box", "style": "rounded,filled"]) + ";",
      "  edge" + DOTText.attributes(["arrowhead": "none", "color": "#999999"]) + ";",
    ]
    for day in days {
      lines.append("  " + DOTText.quoted("day:" + day.description) + DOTText.attributes([
        "label": day.description, "shape": "plaintext", "style": "", "fontsize": "12",
        "fontcolor": "#333333",
      ]) + ";")
    }
    for (a, b) in zip(days, days.dropFirst()) {
      lines.append("  \(DOTText.quoted("day:" + a.description)) -> \(DOTText.quoted("day:" + b.description)) [weight=\"100\"];")
    }
    for day in days {
      let today = events.filter { $0.date == day }
      var rank = ["  { rank=same; " + DOTText.quoted("day:" + day.description) + ";"]
      for e in today {
        let source = graph.actor(e.source)?.actor.name ?? e.source
        let target = graph.actor(e.target)?.actor.name ?? e.target
        let arrow = e.reciprocal ? " — " : " → "
        var label = source + arrow + target + "\n" + e.type.rawValue + (e.mode.map { " (\($0))" } ?? "")
        if e.status != .occurred { label += " · " + e.status.rawValue }
        let color = Palette.color(for: e.type)
        lines.append("  " + DOTText.quoted(e.id) + DOTText.attributes([
          "label": label, "color": color, "fillcolor": "white", "fontcolor": "#222222",
          "style": e.status == .occurred ? "rounded,filled,bold" : "rounded,filled,dashed",
          "tooltip": DOTText.truncated(e.evidence.first ?? "", 300) + "\n(\(e.mentions) mention(s) in \(e.articles.count) article(s))",
        ]) + ";")
        rank.append(DOTText.quoted(e.id) + ";")
      }
      lines.append(rank.joined(separator: " ") + " }")
      for (a, b) in zip(today, today.dropFirst()) {
        lines.append("  \(DOTText.quoted(a.id)) -> \(DOTText.quoted(b.id)) [style=\"invis\"];")
      }
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The SVG drawing.
  /// - Throws: ``GraphvizError``.
  public func svg() throws -> String { try Graphviz.render(dot: dot(), engine: "dot") }
}
