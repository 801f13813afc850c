import ParleyExtract
import ParleyGraph

/// `graph.gexf`: the actor–event graph as GEXF 1.3, for Gephi (and networkx `read_gexf`).
///
/// Nodes and edges as in ``GraphAttributes`` (parallel edges, one per event, directed).
/// When any event is dated the graph is `mode="dynamic"` with `timeformat="date"`, and each
/// dated edge has `start` and `end` equal to its event's day, so Gephi's timeline plays the
/// events over time; undated edges have no interval (present throughout). Nodes carry no
/// interval. Attributes are declared with types (`string`, `integer`, `boolean`) and
/// static; the node `label` is the actor's name.
public enum GEXFExport {
  /// The GEXF document for `graph`.
  public static func document(for graph: EventGraph) -> String {
    let dynamic = graph.events.contains { $0.date != nil }
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>Parley</creator>
          <description>Canonical actors (nodes) and merged events (edges)</description>
        </meta>

      """
    out += dynamic
      ? "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
      : "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
    func type(_ kind: GraphAttributes.Kind) -> String {
      switch kind {
      case .string: "string"
      case .integer: "integer"
      case .boolean: "boolean"
      }
    }
    for (cls, columns) in [("node", GraphAttributes.nodeColumns), ("edge", GraphAttributes.edgeColumns)] {
      out += "    <attributes class=\"\(cls)\" mode=\"static\">\n"
      for (i, c) in columns.enumerated() {
        out += "      <attribute id=\"\(i)\" title=\"\(c.name)\" type=\"\(type(c.kind))\"/>\n"
      }
      out += "    </attributes>\n"
    }
    out += "    <nodes>\n"
    for actor in graph.actors {
      out += "      <node id=\"\(XMLText.escape(actor.actor.id))\" label=\"\(XMLText.escape(actor.actor.name))\">\n"
      out += attvalues(GraphAttributes.values(of: actor))
      out += "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for event in graph.events {
      out += "      <edge id=\"\(XMLText.escape(event.id))\" source=\"\(XMLText.escape(event.source))\""
      out += " target=\"\(XMLText.escape(event.target))\" label=\"\(event.type.rawValue)\""
      if let d = event.date { out += " start=\"\(d)\" end=\"\(d)\"" }
      out += ">\n"
      out += attvalues(GraphAttributes.values(of: event))
      out += "      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }

  static func attvalues(_ values: [GraphAttributes.Value?]) -> String {
    var out = "        <attvalues>\n"
    for (i, v) in values.enumerated() {
      guard let v else { continue }
      out += "          <attvalue for=\"\(i)\" value=\"\(XMLText.escape(v.text))\"/>\n"
    }
    return out + "        </attvalues>\n"
  }
}
