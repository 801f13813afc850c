import ParleyIngest

/// Resolves a short actor phrase ("Armenian Prime Minister Nikol Pashinyan",
/// "Mexican authorities", "NATO") to one canonical actor.
public struct ActorResolver: Sendable {
  let recognizer: ActorRecognizer
  let tokenizer = Tokenizer()

  /// Creates a resolver over `gazetteer`.
  public init(gazetteer: Gazetteer = .shared) {
    recognizer = ActorRecognizer(gazetteer: gazetteer)
  }

  /// The first participant actor named in `phrase`, with offices chosen as of `date`.
  public func actor(in phrase: String, on date: CivilDate?) -> PoliticalActor? {
    var context = ArticleContext(date: date)
    let spans = recognizer.spans(in: tokenizer.tokens(in: phrase), context: &context)
    return spans.first { $0.role == .participant }?.actors.first
  }
}
