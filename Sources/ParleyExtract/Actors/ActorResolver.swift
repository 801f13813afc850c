import ParleyIngest

/// Resolves a short actor phrase ("Armenian Prime Minister Nikol Pashinyan",
/// "Mexican authorities", "NATO", "Muslim leaders in France", "Defense Minister")
/// to one canonical actor.
public struct ActorResolver: Sendable {
  let recognizer: ActorRecognizer
  let tokenizer = Tokenizer()

  /// Creates a resolver over `gazetteer`.
  public init(gazetteer: Gazetteer = .shared) {
    recognizer = ActorRecognizer(gazetteer: gazetteer)
  }

  /// The first participant actor named in `phrase`, with offices chosen as of `date`.
  /// A phrase that names no actor but a role or a group ("president", "taxi drivers",
  /// "people in the UK") gives an actor of that sector, with the country the phrase names.
  public func actor(in phrase: String, on date: CivilDate?) -> PoliticalActor? {
    var context = ArticleContext(date: date)
    let tokens = tokenizer.tokens(in: phrase)
    let spans = recognizer.spans(in: tokens, context: &context)
    let participant = spans.first { $0.role == .participant }
    let role = roleHead(in: tokens, before: participant?.start ?? tokens.count)
    if let participant, let actor = participant.actors.first {
      // "Muslim leaders in France": the group, not the country.
      if actor.kind == .country, actor.sector == nil, let role, role.end <= participant.start {
        return roleActor(role, country: actor.country)
      }
      return actor
    }
    // "British": a country adjective alone names the country.
    guard let role else { return spans.first { $0.role == .modifier }?.actors.first }
    let country = spans.first?.actors.first?.country
    return roleActor(role, country: country)
  }

  /// A role or group head word: (name, sector, end).
  struct RoleHead {
    var name: String
    var sector: String
    var end: Int
  }

  /// The last role or group head before `limit` (and before a preposition of place).
  func roleHead(in tokens: [Token], before limit: Int) -> RoleHead? {
    let places: Set<String> = ["in", "across", "from", "at", "of"]
    var found: RoleHead?
    var k = 0
    var refined: String?
    while k < min(limit, tokens.count) {
      let lower = tokens[k].lower
      if places.contains(lower) && found != nil && lower != "of" { break }
      if let (end, body) = recognizer.bodyPhrase(at: k, tokens), end <= limit,
        BodyLexicon.heads[tokens[end - 1].lower] != nil
      {
        var head = RoleHead(name: body.name, sector: body.sector, end: end)
        if let refined, head.sector == "GOV" { head.sector = refined }
        // "an intelligence agency officer": the generic person keeps the body's sector.
        if let previous = found, BodyLexicon.refinableHeads.contains(tokens[end - 1].lower) {
          head.sector = previous.sector
        }
        found = head
        k = end
        continue
      }
      if let title = recognizer.parseTitle(at: k, tokens), title.sector != "", title.end <= limit {
        let words = title.words.isEmpty ? [title.head] : title.words
        let name = words.map(\.capitalizedFirst).joined(separator: " ")
        found = RoleHead(name: name, sector: refined ?? title.sector, end: title.end)
        k = title.end
        continue
      }
      if let sector = BodyLexicon.modifiers[lower] ?? nil { refined = sector }
      k += 1
    }
    return found
  }

  private func roleActor(_ role: RoleHead, country: String?) -> PoliticalActor {
    var name = role.name
    if let country, let info = recognizer.gazetteer.countries[country] {
      name = (info.demonyms.first ?? info.name) + " " + name
    }
    let kind: ActorKind = BodyLexicon.stateSectors.contains(role.sector) ? .government : .group
    return PoliticalActor(
      id: ActorNaming.slug(name), name: name, kind: kind, country: country, sector: role.sector,
      aliases: [role.name])
  }
}
