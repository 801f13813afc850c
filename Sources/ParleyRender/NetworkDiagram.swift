import Foundation
import ParleyExtract
import ParleyGraph

/// The network of who interacted with whom: one node per actor, one line per
/// pair, coloured by the dominant interaction type; dashed when nothing on
/// it actually happened (only planned, negated or hypothetical events).
public struct NetworkDiagram: Sendable {
  /// The graph to draw.
  public var graph: EventGraph
  /// Draw at most this many actors (the most connected ones).
  public var maxActors: Int

  /// Creates a diagram of `graph`.
  public init(graph: EventGraph, maxActors: Int = 150) {
    self.graph = graph
    self.maxActors = maxActors
  }

  /// The DOT text, deterministic for a given graph.
  public func dot() -> String {
    let kept = Set(
      graph.actors.sorted { ($0.events, $1.actor.id) > ($1.events, $0.actor.id) }
        .prefix(maxActors).map(\.actor.id))
    var lines = [
      "graph parley {",
      "  graph" + DOTText.attributes([
        // Spline routing around nodes costs neato seconds per hundred edges; beyond a
        // small graph, straight lines are drawn in milliseconds (curved ones are as slow).
        "layout": "neato", "start": "7", "overlap": "false",
        "splines": Self.splines(forEdgeCount: graph.edges.count), "sep": "+12",
        "outputorder": "edgesfirst", "fontname": "Helvetica", "bgcolor": "white", "pad": "0.3",
        "label": "Parley: who interacted with whom", "labelloc": "t", "fontsize": "16",
      ]) + ";",
      "  node" + DOTText.attributes(["fontname": "Helvetica", "fontsize": "11", "style": "filled"]) + ";",
      "  edge" + DOTText.attributes(["fontname": "Helvetica", "fontsize": "9"]) + ";",
    ]
    for summary in graph.actors where kept.contains(summary.actor.id) {
      let a = summary.actor
      let details = [a.kind.rawValue, a.country, a.sector].compactMap { $0 }.joined(separator: " · ")
      lines.append(
        "  " + DOTText.quoted(a.id)
          + DOTText.attributes([
            "label": a.name + (a.country.map { " (\($0))" } ?? ""),
            "shape": Palette.shape(for: a.kind), "fillcolor": Palette.fill(forSector: a.sector),
            "tooltip": "\(a.name) — \(details); \(summary.events) events, \(summary.mentions) mentions",
          ]) + ";")
    }
    let eventsByID = Dictionary(graph.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for edge in graph.edges where kept.contains(edge.source) && kept.contains(edge.target) {
      let events = edge.eventIDs.compactMap { eventsByID[$0] }
      let type = edge.dominantType ?? events.first?.type ?? .consult
      let count = events.count
      let summary = events.prefix(6).map { e in
        "\(e.date?.description ?? "undated") \(e.type.rawValue)\(e.mode.map { "/\($0)" } ?? "") \(e.status.rawValue)"
      }.joined(separator: "\n")
      var attributes = [
        "color": Palette.color(for: type), "penwidth": String(format1(1 + 1.2 * log2(Double(count)))),
        "label": "\(type.rawValue)\(count > 1 ? " ×\(count)" : "")", "fontcolor": Palette.color(for: type),
        "tooltip": summary + (count > 6 ? "\n…" : ""),
      ]
      if edge.occurred.isEmpty { attributes["style"] = "dashed" }
      if edge.forward > 0 || edge.backward > 0 {
        attributes["dir"] = edge.forward > 0 && edge.backward > 0 ? "both" : edge.forward > 0 ? "forward" : "back"
      }
      lines.append("  \(DOTText.quoted(edge.source)) -- \(DOTText.quoted(edge.target))" + DOTText.attributes(attributes) + ";")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The edge routing for a network of `count` edges: splines around nodes for small
  /// graphs; straight lines beyond 60 edges, since neato's spline (and curved) routing
  /// takes minutes on a few hundred edges.
  public static func splines(forEdgeCount count: Int) -> String { count <= 60 ? "true" : "false" }

  /// The SVG drawing.
  /// - Throws: ``GraphvizError``.
  public func svg() throws -> String { try Graphviz.render(dot: dot(), engine: "neato") }
}

/// A number with one decimal, without Foundation's locale-dependent formatting.
func format1(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  return "\(tenths / 10).\(tenths % 10)"
}
