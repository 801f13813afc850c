import ParleyExtract
import ParleyGraph

/// `graph.graphml`: the actor–event graph for yEd, Gephi and networkx (`read_graphml`).
///
/// A directed graph with one `<node>` per canonical actor (id = actor id) and one `<edge>`
/// per merged event (id = event id), see ``GraphAttributes``. Every attribute has a typed
/// `<key>` (`string`, `int`, `boolean`); an unknown value is left out. Text is XML-escaped
/// and characters XML 1.0 forbids are dropped.
public enum GraphMLExport {
  /// The GraphML document for `graph`.
  public static func document(for graph: EventGraph) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    func type(_ kind: GraphAttributes.Kind) -> String {
      switch kind {
      case .string: "string"
      case .integer: "int"
      case .boolean: "boolean"
      }
    }
    for (i, c) in GraphAttributes.nodeColumns.enumerated() {
      out += "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(c.name)\" attr.type=\"\(type(c.kind))\"/>\n"
    }
    for (i, c) in GraphAttributes.edgeColumns.enumerated() {
      out += "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(c.name)\" attr.type=\"\(type(c.kind))\"/>\n"
    }
    out += "  <graph id=\"parley\" edgedefault=\"directed\">\n"
    for actor in graph.actors {
      out += "    <node id=\"\(XMLText.escape(actor.actor.id))\">\n"
      out += data(GraphAttributes.values(of: actor), prefix: "n")
      out += "    </node>\n"
    }
    for event in graph.events {
      out += "    <edge id=\"\(XMLText.escape(event.id))\" source=\"\(XMLText.escape(event.source))\""
      out += " target=\"\(XMLText.escape(event.target))\">\n"
      out += data(GraphAttributes.values(of: event), prefix: "e")
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  static func data(_ values: [GraphAttributes.Value?], prefix: String) -> String {
    var out = ""
    for (i, v) in values.enumerated() {
      guard let v else { continue }
      out += "      <data key=\"\(prefix)\(i)\">\(XMLText.escape(v.text))</data>\n"
    }
    return out
  }
}
