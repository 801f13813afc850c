import ParleyExtract
import ParleyGraph

/// The attributes every graph export (GraphML, GEXF, node-link JSON) gives its nodes and
/// edges, so that the three formats carry the same columns under the same names.
///
/// Nodes are the canonical actors (`id` is the actor id); edges are the merged events, one
/// per event, directed from source to target, keyed by the event id. Two actors with
/// several events are therefore joined by parallel edges: networkx reads the files as a
/// `MultiDiGraph`, Gephi as parallel edges it can merge on import, and each edge keeps its
/// own date for Gephi's timeline. Reciprocal events keep their canonical direction and say
/// `reciprocal = true`.
public enum GraphAttributes {
  /// The type of an attribute value.
  public enum Kind: Sendable {
    case string, integer, boolean
  }

  /// One attribute: its name and type.
  public struct Column: Sendable {
    public var name: String
    public var kind: Kind
  }

  /// A value of an attribute; `nil` means unknown, and is left out (XML) or `null` (JSON).
  public enum Value: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case boolean(Bool)

    /// The value as text, as GraphML and GEXF write it.
    public var text: String {
      switch self {
      case .string(let s): s
      case .integer(let i): String(i)
      case .boolean(let b): b ? "true" : "false"
      }
    }
  }

  /// Node attributes, in order: `name`, `kind`, `country`, `sector`, `aliases` (joined with
  /// "; "), `mentions`, `events`.
  public static let nodeColumns: [Column] = [
    Column(name: "name", kind: .string), Column(name: "kind", kind: .string),
    Column(name: "country", kind: .string), Column(name: "sector", kind: .string),
    Column(name: "aliases", kind: .string), Column(name: "mentions", kind: .integer),
    Column(name: "events", kind: .integer),
  ]

  /// Edge attributes, in order: `type`, `mode`, `date`, `date_precision`, `status`,
  /// `reciprocal`, `mentions`, `articles` (how many), `first_article`.
  public static let edgeColumns: [Column] = [
    Column(name: "type", kind: .string), Column(name: "mode", kind: .string),
    Column(name: "date", kind: .string), Column(name: "date_precision", kind: .string),
    Column(name: "status", kind: .string), Column(name: "reciprocal", kind: .boolean),
    Column(name: "mentions", kind: .integer), Column(name: "articles", kind: .integer),
    Column(name: "first_article", kind: .string),
  ]

  /// The values of ``nodeColumns`` for `actor`.
  public static func values(of actor: ActorSummary) -> [Value?] {
    let a = actor.actor
    return [
      .string(a.name), .string(a.kind.rawValue), a.country.map(Value.string),
      a.sector.map(Value.string), a.aliases.isEmpty ? nil : .string(a.aliases.joined(separator: "; ")),
      .integer(actor.mentions), .integer(actor.events),
    ]
  }

  /// The values of ``edgeColumns`` for `event`.
  public static func values(of event: Event) -> [Value?] {
    [
      .string(event.type.rawValue), event.mode.map(Value.string),
      event.date.map { .string($0.description) }, event.datePrecision.map(Value.string),
      .string(event.status.rawValue), .boolean(event.reciprocal), .integer(event.mentions),
      .integer(event.articles.count), event.articles.first.map(Value.string),
    ]
  }
}
