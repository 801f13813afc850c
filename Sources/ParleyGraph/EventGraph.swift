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
  /// For each of ``mentions``, in the same order, its source and target as the extractor
  /// found them (before spellings were merged and reciprocal pairs put in id order): what
  /// `parley merge` rebuilds a graph from.
  public var found: [FoundActors]

  /// Builds the graph from the mentions of all articles. The result does not depend on the
  /// order of `input`: the same mentions in any order (one run, or shards merged) give the
  /// same graph.
  /// - Complexity: O(*m* log *m*) for *m* mentions.
  public init(mentions unordered: [Mention]) {
    let input = MentionOrder.sorted(unordered)
    var directory = ActorDirectory()
    for m in input {
      directory.register(m.source)
      directory.register(m.target)
    }
    // Each id's canonical actor once, not once per mention.
    var canonical: [String: PoliticalActor] = [:]
    func resolved(_ actor: PoliticalActor) -> PoliticalActor {
      if let known = canonical[actor.id] { return known }
      let found = directory.actor(actor.id) ?? actor
      canonical[actor.id] = found
      return found
    }
    var converted: [Mention] = []
    converted.reserveCapacity(input.count)
    for m in input {
      var c = m
      c.source = resolved(m.source)
      c.target = resolved(m.target)
      if c.reciprocal && c.target.id < c.source.id { swap(&c.source, &c.target) }
      converted.append(c)
    }
    // Sorted by ``mentionOrder(_:_:)``, input order among equals: indices are sorted, so
    // that mentions are not moved at every step.
    let order = converted.indices.sorted { x, y in
      let a = converted[x]
      let b = converted[y]
      return Self.mentionOrder(a, b) || (!Self.mentionOrder(b, a) && x < y)
    }
    let mentions = order.map { converted[$0] }
    self.init(
      mentions: mentions, found: order.map { FoundActors(source: input[$0].source, target: input[$0].target) },
      events: EventMerger().merge(mentions), actors: directory.all)
  }

  /// A graph from parts already merged (a view of another graph): counts and edges are
  /// computed from `mentions` and `events`; actors that no mention or event names are left out.
  /// - Parameters:
  ///   - mentions: Mentions with canonical actors, in output order.
  ///   - found: For each mention, its actors as found (the same count as `mentions`).
  ///   - events: The events, in output order.
  ///   - actors: Candidate actors, in any order; the graph keeps them sorted by id.
  public init(mentions: [Mention], found: [FoundActors], events: [Event], actors: [PoliticalActor]) {
    precondition(found.count == mentions.count, "one FoundActors per mention")
    self.mentions = mentions
    self.found = found
    self.events = events
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
    self.actors = actors.sorted { $0.id < $1.id }.filter { mentionCounts[$0.id] != nil || eventCounts[$0.id] != nil }.map {
      ActorSummary(actor: $0, mentions: mentionCounts[$0.id] ?? 0, events: eventCounts[$0.id] ?? 0)
    }
    self.actorsByID = Dictionary(self.actors.map { ($0.actor.id, $0) }, uniquingKeysWith: { a, _ in a })
    var edges = Edge.edges(from: events)
    for i in edges.indices {
      let a = actorsByID[edges[i].source]?.actor.country
      let b = actorsByID[edges[i].target]?.actor.country
      edges[i].isDomestic = a != nil && a == b
    }
    self.edges = edges
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
  /// Whether both actors belong to one country (a person and their own government, two
  /// ministries of one state): a domestic pair.
  public var isDomestic = false

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

/// The source and target of a mention as the extractor found them in its sentence.
public struct FoundActors: Sendable, Hashable, Codable {
  public var source: PoliticalActor
  public var target: PoliticalActor

  /// Creates the pair.
  public init(source: PoliticalActor, target: PoliticalActor) {
    self.source = source
    self.target = target
  }
}
