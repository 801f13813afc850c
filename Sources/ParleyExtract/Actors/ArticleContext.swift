import ParleyIngest

/// What an article has said so far: the people named (for surnames and
/// pronouns), the bodies (for "the ministry") and the last pair of actors
/// that interacted (for "the two ministers").
public struct ArticleContext: Sendable {
  /// The article's date, for choosing office holders.
  public var date: CivilDate?
  /// Lowercased surname → person.
  var surnames: [String: PoliticalActor] = [:]
  /// People named, most recent last, with their title head.
  var people: [(actor: PoliticalActor, title: String?)] = []
  /// How often each person (by id) was named: "the president" of a report is the one it
  /// names most, not the last foreign president it quoted.
  var personCounts: [String: Int] = [:]
  /// The title each person was last given, kept when they drop off ``people``.
  var personTitles: [String: String] = [:]
  /// Government bodies and organisations named, most recent last.
  var bodies: [PoliticalActor] = []
  /// The participants of the last reciprocal interaction, or the last coordinated pair.
  var lastGroup: [PoliticalActor] = []
  /// The person whose address, speech or statement the article is, as its headline says
  /// ("Address by President X"): whom "I" refers to.
  var speaker: PoliticalActor?

  /// How often each country was named so far (as an actor, adjective or place), and the
  /// order in which they first appeared, for the article's home country.
  var countryCounts: [String: Int] = [:]
  var countryOrder: [String] = []

  /// The country the article has named most so far (the earliest of equals).
  var homeCountry: String? {
    var best: String?
    for c in countryOrder where best == nil || countryCounts[c, default: 0] > countryCounts[best!, default: 0] {
      best = c
    }
    return best
  }

  mutating func noteCountry(_ iso3: String) {
    if countryCounts[iso3] == nil { countryOrder.append(iso3) }
    countryCounts[iso3, default: 0] += 1
  }

  /// Creates an empty context for an article of `date`.
  public init(date: CivilDate?) { self.date = date }

  mutating func notePerson(_ actor: PoliticalActor, title: String?, nameTokens: [Token]) {
    let words = nameTokens.filter { $0.isWord && !ActorLexicon.nameParticles.contains($0.lower) }
    if words.count >= 2, let last = words.last { surnames[last.lower] = actor }
    // "Sheikh Mohammed" for "Mohammed bin Abdulrahman Al Thani": patronymic names go by the given name.
    if nameTokens.contains(where: { ["bin", "ibn", "bint"].contains($0.lower) }), let first = words.first {
      surnames[first.lower] = actor
    }
    personCounts[actor.id, default: 0] += 1
    // A later bare "Trump" keeps the title "President Trump" gave, so "the president" still
    // finds him, even after others pushed him off the recent list.
    if let title { personTitles[actor.id] = title }
    let keep = title ?? personTitles[actor.id]
    people.removeAll { $0.actor.id == actor.id }
    people.append((actor, keep))
    if people.count > 12 { people.removeFirst() }
  }

  /// Gives the person `id` the country the text implies, wherever the context keeps them.
  mutating func placePerson(_ id: String, in country: String) {
    for i in people.indices where people[i].actor.id == id { people[i].actor.country = country }
    for (key, actor) in surnames where actor.id == id { surnames[key]?.country = country }
  }

  mutating func noteBody(_ actor: PoliticalActor) {
    bodies.removeAll { $0.id == actor.id }
    bodies.append(actor)
    if bodies.count > 8 { bodies.removeFirst() }
  }

  /// The most recent person whose title has `head` (any person when nil) and,
  /// when given, whose country is `country`.
  func person(titled head: String?, country: String?) -> PoliticalActor? {
    // A head of state or government: the most named holder of that title, the latest of equals.
    if let head, ["president", "prime", "premier", "chancellor", "king"].contains(head) {
      var best: (actor: PoliticalActor, count: Int)?
      for entry in people.reversed() where (entry.title ?? "").contains(head) {
        if let country, entry.actor.country != country { continue }
        let count = personCounts[entry.actor.id, default: 0]
        if best == nil || count > best!.count { best = (entry.actor, count) }
      }
      return best?.actor
    }
    for entry in people.reversed() {
      if let country, entry.actor.country != country { continue }
      if let head, !(entry.title ?? "").contains(head) { continue }
      return entry.actor
    }
    return nil
  }
}
