import ParleyExtract
import ParleyIngest

/// The merged result of a run: canonical actors, events merged across
/// sentences and articles, and the relationship edges between actors.
public struct EventGraph: Sendable {
  /// Every mention, with actors replaced by their canonical forms, sorted.
  public var mentions: [Mention]
  /// Merged events sorted by date, source, target, type.
  public var events: [Event]
  /// Actors with their mention and event counts, sorted by id.
  public var actors: [ActorSummary]
  /// Relationship edges, one per pair of actors, sorted.
  public var edges: [Edge]

  /// Builds the graph from the mentions of all articles.
  /// - Complexity: O(*m* log *m*) for *m* mentions.
  public init(mentions input: [Mention]) {
    var directory = ActorDirectory()
    for m in input {
      directory.register(m.source)
      directory.register(m.target)
    }
    let mentions = input.map { m -> Mention in
      var m = m
      m.source = directory.actor(m.source.id) ?? m.source
      m.target = directory.actor(m.target.id) ?? m.target
      if m.reciprocal && m.target.id < m.source.id { swap(&m.source, &m.target) }
      return m
    }.sorted(by: Self.mentionOrder)
    self.mentions = mentions
    self.events = EventMerger().merge(mentions)
    var mentionCounts: [String: Int] = [:]
    for m in mentions {
      mentionCounts[m.source.id, default: 0] += 1
      mentionCounts[m.target.id, default: 0] += 1
    }
    var eventCounts: [String: Int] = [:]
    for e in events {
      eventCounts[e.source, default: 0] += 1
      eventCounts[e.target, default: 0] += 1
    }
    self.actors = directory.all.filter { mentionCounts[$0.id] != nil }.map {
      ActorSummary(actor: $0, mentions: mentionCounts[$0.id] ?? 0, events: eventCounts[$0.id] ?? 0)
    }
    self.edges = Edge.edges(from: events)
    self.actorsByID = Dictionary(actors.map { ($0.actor.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  static func mentionOrder(_ a: Mention, _ b: Mention) -> Bool {
    (a.article, a.sentence, a.source.id, a.target.id, a.type.rawValue)
      < (b.article, b.sentence, b.source.id, b.target.id, b.type.rawValue)
  }

  /// Actor summaries by id.
  private var actorsByID: [String: ActorSummary] = [:]

  /// The actor summary for `id`.
  public func actor(_ id: String) -> ActorSummary? { actorsByID[id] }
}

/// All events between two actors: the line drawn on the network.
public struct Edge: Sendable, Hashable {
  /// The pair in id order.
  public var source: String
  public var target: String
  /// Events by direction: mutual, source → target, target → source.
  public var mutual = 0
  public var forward = 0
  public var backward = 0
  /// Event counts by type, occurred only.
  public var occurred: [InteractionType: Int] = [:]
  /// Events that did not (yet) happen: planned, negated, hypothetical.
  public var other = 0
  /// First and last dates of its events.
  public var first: CivilDate?
  public var last: CivilDate?
  /// The events on the edge.
  public var eventIDs: [String] = []

  /// The dominant type (most occurred events; ties by name), or nil if none occurred.
  public var dominantType: InteractionType? {
    occurred.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key
  }

  static func edges(from events: [Event]) -> [Edge] {
    var byPair: [String: Edge] = [:]
    for e in events {
      let (a, b) = e.source < e.target ? (e.source, e.target) : (e.target, e.source)
      let key = a + "|" + b
      var edge = byPair[key] ?? Edge(source: a, target: b)
      if e.reciprocal {
        edge.mutual += 1
      } else if e.source == a {
        edge.forward += 1
      } else {
        edge.backward += 1
      }
      if e.status == .occurred {
        edge.occurred[e.type, default: 0] += 1
      } else {
        edge.other += 1
      }
      if let d = e.date {
        edge.first = min(edge.first ?? d, d)
        edge.last = max(edge.last ?? d, d)
      }
      edge.eventIDs.append(e.id)
      byPair[key] = edge
    }
    return byPair.keys.sorted().compactMap { byPair[$0] }
  }
}
