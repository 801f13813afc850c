import Foundation
import ParleyExtract
import ParleyGraph

/// `graph.json`: the actor–event graph as node-link JSON, the shape networkx's
/// `node_link_data` writes and d3-force reads.
///
/// `{"directed": true, "multigraph": true, "graph": {"name": "parley"}, "nodes": [...],
/// "links": [...]}`: each node has `id` (the actor id) and the ``GraphAttributes`` node
/// attributes; each link has `source`, `target`, `key` (the event id) and the edge
/// attributes. Unknown values are `null`. Keys are sorted and the output is pretty-printed,
/// so the file is byte-for-byte deterministic. Read it with
/// `networkx.node_link_graph(data, edges="links")` (networkx ≥ 3.4 defaults to `"edges"`).
public enum NodeLinkExport {
  /// The JSON document for `graph`.
  /// - Throws: `EncodingError` (not expected for these values).
  public static func document(for graph: EventGraph) throws -> String {
    func object(_ columns: [GraphAttributes.Column], _ values: [GraphAttributes.Value?]) -> [String: JSONValue] {
      var o: [String: JSONValue] = [:]
      for (c, v) in zip(columns, values) {
        switch v {
        case nil: o[c.name] = .null
        case .string(let s): o[c.name] = .string(s)
        case .integer(let i): o[c.name] = .integer(i)
        case .boolean(let b): o[c.name] = .boolean(b)
        }
      }
      return o
    }
    let nodes: [JSONValue] = graph.actors.map { a in
      var o = object(GraphAttributes.nodeColumns, GraphAttributes.values(of: a))
      o["id"] = .string(a.actor.id)
      return .object(o)
    }
    let links: [JSONValue] = graph.events.map { e in
      var o = object(GraphAttributes.edgeColumns, GraphAttributes.values(of: e))
      o["source"] = .string(e.source)
      o["target"] = .string(e.target)
      o["key"] = .string(e.id)
      return .object(o)
    }
    let root = JSONValue.object([
      "directed": .boolean(true), "multigraph": .boolean(true),
      "graph": .object(["name": .string("parley")]), "nodes": .array(nodes), "links": .array(links),
    ])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(root), as: UTF8.self) + "\n"
  }

  /// A JSON value, so that `null` is written explicitly and keys can be sorted.
  enum JSONValue: Encodable {
    case null
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    func encode(to encoder: any Encoder) throws {
      switch self {
      case .array(let a):
        var c = encoder.unkeyedContainer()
        for v in a { try c.encode(v) }
      case .object(let o):
        try o.encode(to: encoder)
      default:
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .string(let s): try c.encode(s)
        case .integer(let i): try c.encode(i)
        case .boolean(let b): try c.encode(b)
        default: break
        }
      }
    }
  }
}
