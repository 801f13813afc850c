/// Actors found at a span of tokens in one sentence.
public struct ActorSpan: Sendable, Hashable {
  /// What the span stands for in an interaction.
  public enum Role: Sendable, Hashable {
    /// A possible participant.
    case participant
    /// A news medium or agency: a source of the report, never a participant.
    case media
    /// A country adjective before a thing ("an Indian proposal"): the country can be
    /// the recipient of a reaction to that thing, never an acting subject.
    case modifier
  }

  /// Index of the first token.
  public var start: Int
  /// Index just past the last token.
  public var end: Int
  /// The actor, or several for a plural description ("the two ministers").
  public var actors: [PoliticalActor]
  /// Participant or media.
  public var role: Role
  /// The title head word for a person ("minister", "envoy"), when the text gives one.
  public var title: String?
  /// Whether the span is a pronoun or description resolved from context.
  public var isReference: Bool
  /// A group or body named without its country ("rebels", "the authorities"), whose
  /// country the rest of the sentence or article supplies; nil once placed.
  var unplaced: UnplacedBody?
  /// Whether the span names a place (a country, capital, city or region by name, not by
  /// adjective), so that "in <span>" locates something.
  var isLocation = false
  /// Whether the span is a city in an event's name ("the Minsk agreements", "the Helsinki
  /// summit"), which is no side of anything.
  var namesEvent = false

  /// The name and sector of a group awaiting its country.
  struct UnplacedBody: Sendable, Hashable {
    var name: String
    var sector: String
  }

  /// Creates a span.
  public init(
    start: Int, end: Int, actors: [PoliticalActor], role: Role = .participant,
    title: String? = nil, isReference: Bool = false
  ) {
    self.start = start
    self.end = end
    self.actors = actors
    self.role = role
    self.title = title
    self.isReference = isReference
  }
}
