import Foundation
import ParleyExtract
import ParleyGraph

/// The network of who interacted with whom: the most connected actors (by the
/// number of events on their lines), node size by that number, fill by sector,
/// one line per pair coloured by the PLOVER quad class of its dominant type,
/// width by event count, dashed when nothing on it actually happened. A caption
/// says what was shown and what was cut; a legend explains colours and shapes.
public struct NetworkDiagram: Sendable {
  /// The graph to draw.
  public var graph: EventGraph
  /// Draw at most this many actors (the most connected ones).
  public var maxActors: Int
  /// What the view of the graph kept (level, filters), said in the caption; nil for none.
  public var viewNote: String? = nil

  /// Creates a diagram of `graph` showing at most `top` actors.
  public init(graph: EventGraph, top: Int = 50) {
    self.graph = graph
    self.maxActors = top
  }

  /// Creates a diagram of `graph` (the older spelling of ``init(graph:top:)``).
  public init(graph: EventGraph, maxActors: Int) {
    self.init(graph: graph, top: maxActors)
  }

  /// Lines with at most this many edges get text labels; beyond, counts go in tooltips.
  public static let labelledEdgeLimit = 25

  /// What the diagram keeps: actors (most connected first) and the pairs between them.
  struct Selection {
    var actors: [ActorSummary]
    var weight: [String: Int]
    var edges: [Edge]
    var totalActors: Int
    var totalPairs: Int
  }

  func select() -> Selection {
    let pairs = graph.edges.filter { $0.source != $0.target && !$0.eventIDs.isEmpty }
    var weight: [String: Int] = [:]
    for e in pairs {
      weight[e.source, default: 0] += e.eventIDs.count
      weight[e.target, default: 0] += e.eventIDs.count
    }
    let ranked = graph.actors.filter { weight[$0.actor.id] != nil }
      .sorted { (weight[$0.actor.id]!, $1.actor.id) > (weight[$1.actor.id]!, $0.actor.id) }
    let top = Set(ranked.prefix(max(0, maxActors)).map(\.actor.id))
    // The strongest pairs among them, at most three per actor, so the lines stay readable.
    let edges = pairs.filter { top.contains($0.source) && top.contains($0.target) }
      .sorted { ($0.eventIDs.count, $1.source, $1.target) > ($1.eventIDs.count, $0.source, $0.target) }
      .prefix(3 * max(1, maxActors))
      .sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    let linked = Set(edges.flatMap { [$0.source, $0.target] })
    return Selection(
      actors: ranked.filter { linked.contains($0.actor.id) }, weight: weight, edges: Array(edges),
      totalActors: graph.actors.count, totalPairs: pairs.count)
  }

  /// Readable, unique node names (shown in the SVG's `<title>`): the actor's name, with its id
  /// added when two actors share a name.
  static func nodeNames(_ actors: [ActorSummary]) -> [String: String] {
    var count: [String: Int] = [:]
    for a in actors { count[a.actor.name, default: 0] += 1 }
    var out: [String: String] = [:]
    for a in actors {
      out[a.actor.id] = count[a.actor.name]! > 1 ? "\(a.actor.name) [\(a.actor.id)]" : a.actor.name
    }
    return out
  }

  /// The caption: what is shown and what was cut.
  func caption(_ s: Selection, events: [Event]) -> String {
    var text = "showing \(grouped(s.actors.count)) of \(grouped(s.totalActors)) actors and \(grouped(s.edges.count)) of \(grouped(s.totalPairs)) pairs"
    let dates = events.compactMap(\.date).sorted()
    if let first = dates.first, let last = dates.last {
      text += ", " + (first == last ? first.description : "\(first) – \(last)")
    }
    if let viewNote { text += "; view: " + viewNote }
    return text
  }

  /// The events on the lines drawn.
  func shownEvents(_ s: Selection? = nil, eventsByID: [String: Event]? = nil) -> [Event] {
    let s = s ?? select()
    let byID = eventsByID ?? Dictionary(graph.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return Set(s.edges.flatMap(\.eventIDs)).sorted().compactMap { byID[$0] }
  }

  /// The caption under the picture: what is shown and what was cut.
  public var caption: String { caption(select(), events: shownEvents()) }

  /// The DOT text, deterministic for a given graph.
  public func dot() -> String {
    let s = select()
    let names = Self.nodeNames(s.actors)
    let eventsByID = Dictionary(graph.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let shownEvents = shownEvents(s, eventsByID: eventsByID)
    let maxWeight = max(1, s.actors.map { s.weight[$0.actor.id] ?? 0 }.max() ?? 1)
    let labelled = s.edges.count <= Self.labelledEdgeLimit
    let big = s.actors.count > 30
    var lines = [
      "graph \(DOTText.quoted("Parley network"))" + " {",
      "  graph" + DOTText.attributes([
        "layout": "neato", "start": "7", "overlap": Graphviz.hasPrism ? "prism" : "scale",
        "overlap_scaling": big ? "-4" : "-2", "mode": "major", "model": "subset",
        "splines": Self.splines(forEdgeCount: s.edges.count), "sep": "+8", "esep": "+4",
        "outputorder": "edgesfirst", "fontname": "Helvetica", "bgcolor": "white", "pad": "0.3",
        "labelloc": "b", "labeljust": "l", "fontsize": "16", "size": "25,25", "id": "network",
        "class": "parley-network",
      ]) + ";",
      "  graph [label=<\(legend(caption: caption(s, events: shownEvents)))>];",
      "  node" + DOTText.attributes(["fontname": "Helvetica", "fontsize": "14", "style": "filled", "margin": "0.08,0.04"]) + ";",
      "  edge" + DOTText.attributes(["fontname": "Helvetica", "fontsize": "12"]) + ";",
    ]
    for summary in s.actors {
      let a = summary.actor
      let w = s.weight[a.id] ?? 0
      let scale = sqrt(Double(w) / Double(maxWeight))
      let details = [a.kind.rawValue, a.country, a.sector].compactMap { $0 }.joined(separator: " · ")
      var tip = "\(a.name) — \(details)"
      let aliases = a.aliases.filter { $0 != a.name }
      if !aliases.isEmpty { tip += "\nalso: " + DOTText.truncated(aliases.joined(separator: ", "), 200) }
      if !a.roles.isEmpty { tip += "\nroles: " + DOTText.truncated(a.roles.map { $0.title + ($0.country.map { " (\($0))" } ?? "") }.joined(separator: "; "), 200) }
      tip += "\n\(w) events on shown and cut lines, \(summary.events) events, \(summary.mentions) mentions"
      lines.append(
        "  " + DOTText.quoted(names[a.id]!)
          + DOTText.attributes([
            "label": a.name, "id": "actor-" + a.id,
            "class": "actor sector-\(Self.classToken(a.sector ?? "none")) kind-\(a.kind.rawValue)",
            "shape": Palette.shape(for: a.kind), "fillcolor": Palette.fill(forSector: a.sector),
            "fontsize": format1(14 + 12 * scale), "penwidth": format1(1 + 1.5 * scale),
            "tooltip": tip,
          ]) + ";")
    }
    for edge in s.edges {
      let events = edge.eventIDs.compactMap { eventsByID[$0] }
        .sorted { ($0.date?.dayNumber ?? Int.min, $0.id) < ($1.date?.dayNumber ?? Int.min, $1.id) }
      let type = edge.dominantType ?? events.first?.type ?? .consult
      let count = events.count
      let a = graph.actor(edge.source)?.actor.name ?? edge.source
      let b = graph.actor(edge.target)?.actor.name ?? edge.target
      var tip = "\(a) — \(b): \(count) event\(count == 1 ? "" : "s")"
      for e in events.prefix(8) {
        tip += "\n\(e.date?.description ?? "undated") \(e.type.rawValue)\(e.mode.map { "/\($0)" } ?? "") \(e.status.rawValue)"
        if let ev = e.evidence.first { tip += ": “" + DOTText.truncated(ev, 160) + "”" }
        if let art = e.articles.first { tip += " (\(art))" }
      }
      if count > 8 { tip += "\n… \(count - 8) more" }
      var attributes = [
        "color": Palette.color(for: type), "penwidth": format1(0.8 + 1.4 * log2(Double(count))),
        "tooltip": tip, "class": "event \(type.rawValue) \(type.quadClass.rawValue)",
        "id": "pair-\(edge.source)--\(edge.target)",
      ]
      if labelled {
        attributes["label"] = "\(type.rawValue)\(count > 1 ? " ×\(count)" : "")"
        attributes["fontcolor"] = Palette.color(for: type)
      }
      if edge.occurred.isEmpty { attributes["style"] = "dashed" }
      if edge.forward > 0 || edge.backward > 0 {
        attributes["dir"] = edge.forward > 0 && edge.backward > 0 ? "both" : edge.forward > 0 ? "forward" : "back"
        attributes["arrowsize"] = "0.7"
      }
      lines.append("  \(DOTText.quoted(names[edge.source]!)) -- \(DOTText.quoted(names[edge.target]!))" + DOTText.attributes(attributes) + ";")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The legend and caption as an HTML-like Graphviz label.
  func legend(caption: String) -> String {
    func swatch(_ color: String, _ text: String, fill: Bool) -> String {
      let cell = fill
        ? "<TD BGCOLOR=\"\(color)\" BORDER=\"1\" WIDTH=\"18\" HEIGHT=\"14\"></TD>"
        : "<TD BGCOLOR=\"\(color)\" WIDTH=\"24\" HEIGHT=\"5\" FIXEDSIZE=\"TRUE\"></TD>"
      return cell + "<TD ALIGN=\"LEFT\">\(HTMLText.escaped(text))</TD>"
    }
    let quads = Palette.quadLegend.map { swatch($0.color, $0.name, fill: false) }.joined()
    let sectors = Palette.sectorLegend.map { swatch($0.color, $0.name, fill: true) }.joined()
    return "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">"
      + "<TR><TD COLSPAN=\"12\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>Parley: who interacted with whom</B></FONT> — \(HTMLText.escaped(caption))</TD></TR>"
      + "<TR><TD ALIGN=\"LEFT\">Line colour:</TD>\(quads)<TD ALIGN=\"LEFT\" COLSPAN=\"3\">dashed: nothing occurred; width: events</TD></TR>"
      + "<TR><TD ALIGN=\"LEFT\">Fill (sector):</TD>\(sectors)</TR>"
      + "<TR><TD ALIGN=\"LEFT\">Shape:</TD><TD COLSPAN=\"11\" ALIGN=\"LEFT\">ellipse person · box government · hexagon organisation · double octagon country · octagon group; size: events on its lines</TD></TR>"
      + "</TABLE>"
  }

  /// `text` made safe for an SVG class name.
  static func classToken(_ text: String) -> String {
    String(text.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "_" })
  }

  /// The edge routing for a network of `count` edges: splines around nodes for small
  /// graphs; straight lines beyond 60 edges, since neato's spline (and curved) routing
  /// takes minutes on a few hundred edges.
  public static func splines(forEdgeCount count: Int) -> String { count <= 60 ? "true" : "false" }

  /// The SVG drawing, with a `<title>` and a `<desc>` (the caption) for screen readers.
  /// - Throws: ``GraphvizError``.
  public func svg() throws -> String {
    SVGMarkup.annotated(
      try Graphviz.render(dot: dot(), engine: "neato"), id: "network",
      title: "Parley: who interacted with whom", description: caption)
  }

  /// The drawing as `format` ("svg", "png" or "pdf") through Graphviz's own renderers.
  /// - Throws: ``GraphvizError``.
  public func rendered(as format: PictureFormat) throws -> [UInt8] {
    format == .svg ? Array(try svg().utf8) : try Graphviz.renderBytes(dot: dot(), engine: "neato", format: format.graphvizName)
  }
}

/// A number with one decimal, without Foundation's locale-dependent formatting.
func format1(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  return "\(tenths / 10).\(tenths % 10)"
}

/// A count with thousands separators: 1,224 (the view summary's formatting).
func grouped(_ n: Int) -> String { ViewSummary.grouped(n) }

/// Escaping for Graphviz's HTML-like labels.
enum HTMLText {
  static func escaped(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n", "\r": out += " "
      default: out.append(c)
      }
    }
    return out
  }
}
