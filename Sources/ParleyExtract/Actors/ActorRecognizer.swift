import ParleyIngest

/// Finds the actors of a sentence: gazetteer names, titles with names,
/// appositions, government bodies, surnames and descriptions of actors named
/// earlier in the article.
public struct ActorRecognizer: Sendable {
  let gazetteer: Gazetteer
  let factory: ActorFactory

  /// Creates a recognizer over `gazetteer`.
  public init(gazetteer: Gazetteer = .shared) {
    self.gazetteer = gazetteer
    self.factory = ActorFactory(gazetteer: gazetteer)
  }

  /// The actor spans of one sentence, left to right and non-overlapping.
  /// `context` carries what earlier sentences of the article named, and is updated.
  public func spans(in tokens: [Token], context: inout ArticleContext) -> [ActorSpan] {
    var spans: [ActorSpan] = []
    // The article's home country as earlier sentences give it (this one's count below).
    let home = context.homeCountry
    var i = 0
    while i < tokens.count {
      // Most tokens are lowercase words no actor phrase starts with: skip them at once.
      guard mayStartActor(tokens[i]) else {
        i += 1
        continue
      }
      if var span = match(at: i, tokens, &context) ?? unplacedGroup(at: i, tokens) {
        // "an anti-Syria journalist", "pro-Russian separatists": a stance, not an actor;
        // "a Bosnia-style war", "a Paris-based group": a manner or a place.
        if span.unplaced == nil,
          (span.start >= 2 && tokens[span.start - 1].text == "-" && ["anti", "pro"].contains(tokens[span.start - 2].lower))
            || (span.end + 1 < tokens.count && tokens[span.end].text == "-"
              && ["style", "based", "born", "made", "backed", "owned", "funded", "held", "occupied", "ruled", "controlled"].contains(tokens[span.end + 1].lower))
        {
          span.role = .modifier
        }
        // "Under Putin, Russia …": an opening adjunct names the era, not an acting side.
        if span.start == 1, tokens[0].lower == "under", span.end < tokens.count, tokens[span.end].text == "," {
          span.role = .modifier
        }
        // "the Minsk agreements": no actor at all.
        if span.namesEvent {
          i = span.end
          continue
        }
        // Counted as they come, so that a name later in the sentence can use them.
        if let country = span.actors.first?.country, span.actors.count == 1 { context.noteCountry(country) }
        spans.append(span)
        i = max(span.end, i + 1)
      } else {
        i += 1
      }
    }
    return place(spans, tokens, home: home, &context)
  }

  /// Whether an actor phrase can start at `token`: a capitalised word, a number or symbol, or
  /// a lowercase word that opens a gazetteer phrase, a title, a body, a reference or a
  /// determiner.
  func mayStartActor(_ token: Token) -> Bool {
    if token.isCapitalized || !token.isWord { return true }
    let lower = token.lower
    // An ASCII letter has no numeric type, and an ASCII word is its own gazetteer key: one
    // look-up in the union of both sets.
    if lower.utf8.allSatisfy({ $0 < 0x80 }) { return gazetteer.actorStartWords.contains(lower) }
    if let first = lower.unicodeScalars.first, first.properties.numericType != nil { return true }
    return ActorRecognizer.lowercaseStarts.contains(lower)
      || gazetteer.firstTokens.contains(Gazetteer.fold(lower))
  }

  /// Lowercase words that can open an actor phrase other than a gazetteer phrase.
  static let lowercaseStarts: Set<String> = {
    var words: Set<String> = [
      "he", "she", "they", "the", "both", "a", "an", "his", "her", "their", "its", "two", "three",
      "several", "some", "ethnic",
    ]
    words.formUnion(BodyLexicon.heads.keys.map { String($0.split(separator: " ").first ?? "") })
    words.formUnion(BodyLexicon.namedHeads.keys)
    words.formUnion(BodyLexicon.modifiers.keys)
    words.formUnion(ActorLexicon.titleHeads.keys)
    words.formUnion(ActorLexicon.titleModifiers)
    words.formUnion(ActorLexicon.formerWords)
    words.formUnion(ActorLexicon.singularReferenceHeads.keys)
    words.formUnion(ActorLexicon.pluralReferences.compactMap(\.first))
    return words
  }()

  /// "rebels", "the authorities", "Moslem fundamentalist demonstrators": a group or state
  /// body named without its country (see ``BodyLexicon/unplacedHeads``).
  func unplacedGroup(at i: Int, _ tokens: [Token]) -> ActorSpan? {
    // "its troops", "their supporters": the subject's own, not an actor of their own.
    if i > 0, ["its", "their", "his", "her", "our", "my", "your"].contains(tokens[i - 1].lower) { return nil }
    guard tokens[i].isWord, BodyLexicon.heads[tokens[i].lower] != nil || BodyLexicon.modifiers[tokens[i].lower] != nil
    else { return nil }
    // "the rebels' demands" stays a group; "Rebels" opening a name ("Rebels United Front") does not.
    guard let (end, body) = bodyPhrase(at: i, tokens) else { return nil }
    let head = (max(i, end - BodyLexicon.maxHeadLength)..<end).lazy.map {
      tokens[$0..<end].map(\.lower).joined(separator: " ")
    }.first { BodyLexicon.unplacedHeads.contains($0) }
    // "23 people", "thousands of people" are actors; "people" alone is everyone.
    if let head, BodyLexicon.countedHeads.contains(head) {
      var q = i - 1
      if q >= 0 && tokens[q].lower == "of" { q -= 1 }
      guard q >= 0, tokens[q].text.first?.isNumber == true || TimeLexicon.cardinals[tokens[q].lower] != nil
        || ClauseCues.groupNouns.contains(tokens[q].lower)
      else { return nil }
    }
    guard head != nil, end >= tokens.count || !tokens[end].isCapitalized || tokens[end].lower == "in"
    else { return nil }
    var span = ActorSpan(start: i, end: end, actors: [])
    span.unplaced = .init(name: body.name, sector: body.sector)
    return span
  }

  /// Gives each unplaced group a country: a place or country right after it ("rebels in
  /// the Ivory Coast", "the government of Sudan"), else the first country the sentence
  /// names, else the country the article has named most. Groups with none are dropped.
  /// Notes the sentence's countries in `context`.
  private func place(_ spans: [ActorSpan], _ tokens: [Token], home: String?, _ context: inout ArticleContext)
    -> [ActorSpan]
  {
    let countries = spans.compactMap { $0.actors.first?.country }
    var out: [ActorSpan] = []
    for (n, span) in spans.enumerated() {
      if span.unplaced == nil, let person = span.actors.first, Self.needsCountry(span) {
        // "President Suharto": a national office holder the gazetteer does not know holds
        // office in the country his title names ("King Hassan of Morocco"), else in the first
        // one the sentence names before him, else in the article's, else in the only one the
        // sentence names.
        let before = spans[..<n].lazy.compactMap { $0.actors.first?.country }.first
        let only = Set(countries).count == 1 ? countries.first : nil
        var placed = span
        if let country = ofCountry(after: n, spans, tokens) ?? before ?? home ?? only {
          placed.actors[0].country = country
          context.placePerson(person.id, in: country)
        }
        out.append(placed)
        continue
      }
      guard let body = span.unplaced else {
        out.append(span)
        continue
      }
      var country: String?
      var start = span.start
      let ownPlace = ofCountry(after: n, spans, tokens)
      // "NATO peacekeeping troops", "Bangladeshi peacekeeping troops": the actor before it.
      if let previous = out.last, previous.end <= span.start,
        tokens[previous.end..<span.start].allSatisfy({ BodyLexicon.modifiers[$0.lower] != nil })
      {
        if previous.role == .modifier, let c = previous.actors.first?.country {
          country = c
          start = previous.start
          out.removeLast()
        } else {
          out[out.count - 1].end = span.end
          continue
        }
      }
      // "23 people … in Tel Aviv": otherwise people are where the sentence puts them.
      country = country ?? ownPlace ?? Self.locatedCountry(spans, tokens) ?? countries.first ?? home
      let surface = ActorNaming.join(tokens[span.start..<span.end])
      guard let country, let actor = factory.body(country, name: body.name, sector: body.sector, alias: surface)
      else { continue }
      var placed = span
      placed.start = start
      placed.actors = [actor]
      placed.unplaced = nil
      out.append(placed)
    }
    // "the Bush administration", "the Mitterrand government": the leader's government.
    for n in out.indices where out[n].actors.count == 1 && out[n].actors[0].kind == .person {
      let end = out[n].end
      guard end < tokens.count, ["administration", "government", "cabinet", "regime"].contains(tokens[end].lower),
        let country = out[n].actors[0].country, n + 1 == out.count || out[n + 1].start > end,
        let government = factory.country(country, alias: ActorNaming.join(tokens[out[n].start...end]), sector: "GOV")
      else { continue }
      out[n].actors = [government]
      out[n].end = end + 1
      out[n].title = nil
    }
    return out
  }

  /// The country of the span after `spans[n]` when only "in", "of", "from" (with "the" or a
  /// compass word) stand between: "rebels in the Ivory Coast", "King Hassan of Morocco".
  func ofCountry(after n: Int, _ spans: [ActorSpan], _ tokens: [Token]) -> String? {
    guard n + 1 < spans.count, let next = spans[n + 1].actors.first?.country else { return nil }
    let gap = tokens[spans[n].end..<spans[n + 1].start].map(\.lower)
    guard let first = gap.first, ["in", "of", "from", "throughout", "across", "inside"].contains(first),
      gap.count <= 3, gap.dropFirst().allSatisfy({ $0 == "the" || Self.compassWords.contains($0) })
    else { return nil }
    return next
  }

  /// The country of the first place the sentence locates something in ("in Lagos", "near
  /// the town of Samarra"): a city, region or capital after a locative preposition.
  static func locatedCountry(_ spans: [ActorSpan], _ tokens: [Token]) -> String? {
    // Where the reporters are ("…, officials in Nairobi said") is not where it happened.
    let report = InteractionFinder.closingReportStart(tokens) ?? tokens.count
    for span in spans where span.start > 0 && span.actors.count == 1 && span.start < report {
      guard span.isLocation, let country = span.actors.first?.country else { continue }
      var p = span.start - 1
      // "near the town of Samarra", "in the northern city of Kirkuk"
      while p > 0 && (tokens[p].lower == "the" || Self.compassWords.contains(tokens[p].lower)
        || Self.settlementNouns.contains(tokens[p].lower) || tokens[p].lower == "of")
      {
        p -= 1
      }
      if ["in", "at", "near", "outside", "inside", "throughout"].contains(tokens[p].lower) { return country }
    }
    return nil
  }

  /// Whether a span is one person with a national title ("President", "General") and no country.
  static func needsCountry(_ span: ActorSpan) -> Bool {
    guard span.actors.count == 1, let person = span.actors.first, person.kind == .person,
      person.country == nil, let title = span.title, !ActorLexicon.internationalTitles.contains(title),
      let sector = person.sector, ["GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "ELI"].contains(sector)
    else { return false }
    return true
  }

  /// Nouns that introduce a place's name: "the town of Samarra".
  static let settlementNouns: Set<String> = [
    "town", "city", "village", "province", "region", "capital", "district", "port", "enclave",
    "state", "area", "outskirts", "suburb", "suburbs", "island", "border", "camp", "regional",
  ]

  static let compassWords: Set<String> = [
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "neighbouring", "neighboring",
    "downtown", "upper", "lower",
  ]

  // MARK: - One position

  private func match(at i: Int, _ tokens: [Token], _ context: inout ArticleContext) -> ActorSpan? {
    if let span = reference(at: i, tokens, context) { return span }
    let determinerSkip = isDeterminer(tokens[i].lower) ? 1 : 0
    if let hit = gazetteerMatch(at: i + determinerSkip, tokens) {
      if let span = prefixed(start: i, hit: hit, tokens, &context) { return span }
    }
    if let span = titled(start: i, titleAt: i + determinerSkip, prefix: nil, tokens, &context) {
      return span
    }
    if let span = formerPrefixed(at: i, tokens, &context) { return span }
    if let span = namePrefixedTitle(at: i, tokens, &context) { return span }
    if let span = pluralTitleOfCountries(at: i, tokens, &context) { return span }
    return name(at: i, tokens, &context)
  }

  /// "the presidents of Poland and Lithuania", "the foreign ministers of France, Germany and
  /// Italy": one office in several countries, an actor for each (its holder on the
  /// article's date where the gazetteer knows them, else the country).
  private func pluralTitleOfCountries(at i: Int, _ tokens: [Token], _ context: inout ArticleContext)
    -> ActorSpan?
  {
    var k = i
    if k < tokens.count, tokens[k].lower == "the" { k += 1 }
    var words: [String] = []
    while k < tokens.count, words.count < 3, tokens[k].isWord, tokens[k].lower != "of" {
      words.append(tokens[k].lower)
      k += 1
    }
    guard let last = words.last, last.count > 3, last.hasSuffix("s"), k < tokens.count, tokens[k].lower == "of"
    else { return nil }
    let singular = String(last.dropLast())
    guard ActorLexicon.titleHeads[singular] != nil,
      words.dropLast().allSatisfy({ ActorLexicon.titleModifiers.contains($0) })
    else { return nil }
    let titleWords = words.dropLast() + [singular]
    var countries: [(String, String)] = []
    var m = k + 1
    while m < tokens.count {
      if tokens[m].lower == "the" { m += 1 }
      guard let hit = gazetteerMatch(at: m, tokens), case .country(let c) = hit.phrase.entry else { break }
      countries.append((c, ActorNaming.join(tokens[hit.start..<hit.end])))
      m = hit.end
      if m + 1 < tokens.count, tokens[m].text == "," || tokens[m].lower == "and" {
        m += tokens[m].text == "," && m + 2 < tokens.count && tokens[m + 1].lower == "and" ? 2 : 1
        continue
      }
      break
    }
    // A trailing "and" or comma belongs to the sentence, not to the list.
    while m > k + 1, [",", "and"].contains(tokens[m - 1].lower) { m -= 1 }
    guard countries.count >= 2 else { return nil }
    var actors: [PoliticalActor] = []
    for (c, surface) in countries {
      if let actor = officeHolder(country: c, titleWords: Array(titleWords), alias: surface, sector: nil, &context) {
        actors.append(actor)
      } else if let actor = factory.country(c, alias: surface, sector: "GOV") {
        actors.append(actor)
      }
    }
    guard actors.count >= 2 else { return nil }
    return ActorSpan(start: i, end: m, actors: actors, title: singular)
  }

  /// "Tver Region Governor Igor Rudenya", "Roscosmos General Director Dmitry Rogozin": a
  /// capitalised prefix the gazetteer does not know (a region, an agency), then a
  /// capitalised title, then a name. The prefix is part of the phrase, never a name of its own.
  private func namePrefixedTitle(at i: Int, _ tokens: [Token], _ context: inout ArticleContext)
    -> ActorSpan?
  {
    var k = i
    while k < tokens.count && k - i < 4 {
      let t = tokens[k]
      guard t.isWord, t.isCapitalized, !ActorLexicon.notNames.contains(t.lower) else { break }
      if k > i, ActorLexicon.titleHeads[t.lower] != nil || ActorLexicon.titleModifiers.contains(t.lower) {
        guard let title = parseTitle(at: k, tokens), !title.words.isEmpty,
          nameAt(title.end, tokens) != nil
        else { return nil }
        return titled(start: i, titleAt: k, prefix: nil, tokens, &context)
      }
      k += 1
    }
    return nil
  }

  /// "a former CIA official", "former Russian officials": a person or body whose
  /// office the text says has ended (sector ELI).
  private func formerPrefixed(at i: Int, _ tokens: [Token], _ context: inout ArticleContext)
    -> ActorSpan?
  {
    var k = i
    if k < tokens.count, ["a", "an", "the", "two", "three", "several", "some"].contains(tokens[k].lower) {
      k += 1
    }
    guard k < tokens.count, ActorLexicon.formerWords.contains(tokens[k].lower) else { return nil }
    k += 1
    if k < tokens.count, tokens[k].text == "-" { k += 1 }
    guard let hit = gazetteerMatch(at: k, tokens) else { return nil }
    var probe = context
    guard var span = prefixed(start: i, hit: hit, tokens, &probe), span.role == .participant,
      span.end > hit.end
    else { return nil }
    span.actors = span.actors.map { actor in
      var former = actor
      former.sector = "ELI"
      // "former Russian officials" are not Russia itself.
      if actor.kind == .country, let c = actor.country, let info = gazetteer.countries[c] {
        former.kind = .group
        former.name = (info.demonyms.first ?? info.name) + " Former Officials"
        former.id = ActorNaming.slug(info.name + " former officials")
      }
      return former
    }
    context = probe
    return span
  }

  // MARK: - Gazetteer

  struct Hit {
    var start: Int
    var end: Int
    var phrase: Gazetteer.Phrase
  }

  /// The longest gazetteer phrase starting at `i`, respecting case.
  func gazetteerMatch(at i: Int, _ tokens: [Token]) -> Hit? {
    guard i < tokens.count, tokens[i].isWord || tokens[i].text == "'" else { return nil }
    var best: Hit?
    var key = ""
    var hasCapital = false
    for length in 1...gazetteer.maxPhraseLength {
      let j = i + length - 1
      guard j < tokens.count else { break }
      key += (length == 1 ? "" : " ") + Gazetteer.fold(tokens[j].lower)
      hasCapital = hasCapital || tokens[j].isCapitalized
      if hasCapital {
        let phrases = gazetteer.phrases(forKey: key)
        if !phrases.isEmpty {
          // Case matters only for short all-capital phrases ("US" is not "us").
          var text: String?
          let lastIsLower = length > 1 && !tokens[j].isCapitalized
          let candidates = phrases.filter { phrase in
            // "visited Russia today" is not the broadcaster Russia Today: an outlet's name
            // keeps its capitals ("Ukraine's foreign ministry" may drop them).
            if lastIsLower, case .organization(let o) = phrase.entry, gazetteer.organizations[o].sector == "MED",
              let last = phrase.text.split(separator: " ").last?.first, last.isUppercase
            {
              return false
            }
            guard phrase.isCaseSensitive else { return true }
            let t = text ?? tokens[i...j].map(\.text).joined()
            text = t
            return phrase.compactText == t || Self.isTitlecasedAcronym(t, of: phrase.text)
          }
          if let phrase = preferred(candidates) { best = Hit(start: i, end: j + 1, phrase: phrase) }
        }
      }
      if !gazetteer.hasLongerPhrase(startingWith: key) { break }
    }
    return best
  }

  /// Whether `text` is an acronym of four or more letters written in title case
  /// ("Nato", "Opec" for "NATO", "OPEC"); shorter ones ("Who", "Us") stay strict.
  static func isTitlecasedAcronym(_ text: String, of acronym: String) -> Bool {
    guard acronym.count >= 4, acronym.allSatisfy(\.isLetter), text.count == acronym.count,
      let first = text.first, first.isUppercase
    else { return false }
    return text.dropFirst().allSatisfy(\.isLowercase) && text.uppercased() == acronym
  }

  /// Among phrases with the same text, prefer people, then organisations, then countries.
  private func preferred(_ phrases: [Gazetteer.Phrase]) -> Gazetteer.Phrase? {
    func rank(_ p: Gazetteer.Phrase) -> Int {
      switch p.entry {
      case .person: return 0
      case .organization: return 1
      case .country: return 2
      case .metonym: return 3
      case .demonym: return 4
      case .place: return 5
      }
    }
    return phrases.min { rank($0) < rank($1) }
  }

  // MARK: - Country, organisation or person from the gazetteer, possibly as a prefix

  private func prefixed(start: Int, hit: Hit, _ tokens: [Token], _ context: inout ArticleContext)
    -> ActorSpan?
  {
    let surface = ActorNaming.join(tokens[hit.start..<hit.end])
    switch hit.phrase.entry {
    case .person(let p):
      return personSpan(
        start: start, nameStart: hit.start, nameEnd: hit.end, gazetteerIndex: p, role: nil, tokens,
        &context)
    case .organization(let o):
      let org = gazetteer.organizations[o]
      if org.sector == "MED" {
        return ActorSpan(
          start: start, end: hit.end, actors: [factory.organization(o, alias: surface)],
          role: .media)
      }
      var after = hit.end
      if after < tokens.count && tokens[after].lower == "'s" { after += 1 }
      let role = Role(country: org.country, sector: org.sector == "IGO" ? "IGO" : nil)
      if let span = titled(start: start, titleAt: after, prefix: role, tokens, &context) {
        return span
      }
      let actor = factory.organization(o, alias: surface)
      if actor.kind == .government || actor.kind == .organization { context.noteBody(actor) }
      // "NATO officials", "CIA official", "Hamas leaders": people speaking for the organisation.
      var end = hit.end
      if let (bodyEnd, _) = bodyPhrase(at: after, tokens), after == hit.end,
        BodyLexicon.refinableHeads.contains(tokens[bodyEnd - 1].lower)
      {
        end = bodyEnd
      }
      return ActorSpan(start: start, end: end, actors: [actor])
    case .country(let c), .metonym(let c), .demonym(let c), .place(let c):
      var isDemonym = false
      var isPlace = false
      if case .demonym = hit.phrase.entry { isDemonym = true }
      if case .place = hit.phrase.entry { isPlace = true }
      var after = hit.end
      if after < tokens.count && tokens[after].lower == "'s" { after += 1 }
      let role = Role(country: c, sector: nil)
      if let span = titled(start: start, titleAt: after, prefix: role, tokens, &context) {
        return span
      }
      // "Omsk Region Governor Ivan Petrovsky": a regional office holder.
      if after + 1 < tokens.count, tokens[after].isCapitalized,
        ["region", "oblast", "province", "state", "county", "city", "krai", "republic"].contains(tokens[after].lower),
        let span = titled(start: start, titleAt: after + 1, prefix: role, tokens, &context)
      {
        return span
      }
      // "Vietnamese-led forces", "a US-led coalition": the leader's.
      if hit.end + 2 < tokens.count, tokens[hit.end].text == "-", tokens[hit.end + 1].lower == "led",
        let (bodyEnd, body) = bodyPhrase(at: hit.end + 2, tokens),
        let actor = factory.body(c, name: body.name, sector: body.sector, alias: surface)
      {
        return ActorSpan(start: start, end: bodyEnd, actors: [actor])
      }
      if isDemonym, let span = community(start: start, hit: hit, country: c, tokens) { return span }
      if let (bodyEnd, body) = bodyPhrase(at: after, tokens),
        let actor = factory.body(c, name: body.name, sector: body.sector, alias: surface)
      {
        if actor.kind == .government { context.noteBody(actor) }
        return ActorSpan(start: start, end: bodyEnd, actors: [actor])
      }
      if isPlace {
        guard let actor = factory.country(c, alias: surface) else { return nil }
        var span = ActorSpan(start: start, end: hit.end, actors: [actor], role: .modifier)
        span.isLocation = true
        return span
      }
      if isDemonym {
        if let group = coordinatedDemonyms(start: start, first: c, firstEnd: hit.end, tokens, &context) {
          return group
        }
        guard let actor = factory.country(c, alias: surface) else { return nil }
        // "Palestinians", "Israelis": the people; "Indian proposal": a modifier.
        let isPlural = surface.hasSuffix("s") && !(gazetteer.countries[c]?.demonyms.first == surface)
        return ActorSpan(start: start, end: hit.end, actors: [actor], role: isPlural ? .participant : .modifier)
      }
      var isMetonym = false
      if case .metonym = hit.phrase.entry { isMetonym = true }
      guard let actor = factory.country(c, alias: surface, sector: isMetonym ? "GOV" : nil) else {
        return nil
      }
      // "the Minsk agreements", "the Helsinki summit": a capital naming an event is where
      // it was held, not a side.
      var span = ActorSpan(start: start, end: hit.end, actors: [actor])
      span.isLocation = true
      span.namesEvent = isMetonym && hit.end < tokens.count && Self.eventsNamedByPlace.contains(tokens[hit.end].lower)
      return span
    }
  }

  /// Nouns of events that take the name of the city they were held in.
  static let eventsNamedByPlace: Set<String> = [
    "summit", "summits", "talks", "agreement", "agreements", "accord", "accords", "protocol",
    "protocols", "process", "format", "declaration", "memorandum", "negotiations", "conference",
    "treaty", "communique", "communiqué", "consensus", "framework", "peace", "ceasefire",
    "meeting", "deal", "formula", "group", "convention",
  ]

  /// "ethnic Albanians" (a community whose country the sentence gives, see ``place(_:_:_:)``),
  /// "Bosnian Serbs", "Croatian Serb refugees" (a community of the first country).
  private func community(start: Int, hit: Hit, country c: String, _ tokens: [Token]) -> ActorSpan? {
    let surface = ActorNaming.join(tokens[hit.start..<hit.end])
    // "the Albanians of southern Serbia", "Kurds in Syria": a people where they live.
    let isPlural = surface.hasSuffix("s") && gazetteer.countries[c]?.demonyms.first != surface
    var livesElsewhere = false
    if isPlural, hit.end + 1 < tokens.count, ["of", "in"].contains(tokens[hit.end].lower) {
      var k = hit.end + 1
      while k < tokens.count && (tokens[k].lower == "the" || Self.compassWords.contains(tokens[k].lower)) { k += 1 }
      if let place = gazetteerMatch(at: k, tokens), place.phrase.entry.country != c, place.phrase.entry.country != nil {
        livesElsewhere = true
      }
    }
    if (hit.start > 0 && tokens[hit.start - 1].lower == "ethnic") || livesElsewhere {
      let hasEthnic = hit.start > 0 && tokens[hit.start - 1].lower == "ethnic"
      // "ethnic Albanian unrest": an adjective.
      guard let (name, sector, end) = community((hasEthnic ? "Ethnic " : "") + surface, at: hit.end, isPlural, tokens)
      else { return nil }
      var span = ActorSpan(start: hasEthnic ? hit.start - 1 : start, end: end, actors: [])
      span.unplaced = .init(name: name, sector: sector)
      return span
    }
    guard let second = gazetteerMatch(at: hit.end, tokens), case .demonym(let other) = second.phrase.entry,
      other != c, let info = gazetteer.countries[c]
    else { return nil }
    let secondSurface = ActorNaming.join(tokens[second.start..<second.end])
    guard let (name, sector, end) = community(secondSurface, at: second.end, secondSurface.hasSuffix("s"), tokens)
    else { return nil }
    let actor = PoliticalActor(
      id: ActorNaming.slug(info.name + " " + name), name: (info.demonyms.first ?? info.name) + " " + name,
      kind: .group, country: c, sector: sector, aliases: [ActorNaming.join(tokens[start..<end])])
    return ActorSpan(start: start, end: end, actors: [actor])
  }

  /// A community's name, sector and end: the people's name with the body that follows it
  /// ("Serb refugees"), or the plural name alone ("Serbs"); nil for an adjective alone.
  private func community(_ people: String, at end: Int, _ isPlural: Bool, _ tokens: [Token])
    -> (String, String, Int)?
  {
    if let (bodyEnd, body) = bodyPhrase(at: end, tokens) { return (people + " " + body.name, body.sector, bodyEnd) }
    return isPlural ? (people, "CVL", end) : nil
  }

  /// "Russian and Ukrainian officials": several demonyms sharing one body noun.
  private func coordinatedDemonyms(
    start: Int, first: String, firstEnd: Int, _ tokens: [Token], _ context: inout ArticleContext
  ) -> ActorSpan? {
    var codes = [(first, ActorNaming.join(tokens[start..<firstEnd]))]
    var k = firstEnd
    while k < tokens.count, tokens[k].lower == "and" || tokens[k].text == "," {
      guard let next = gazetteerMatch(at: k + 1, tokens), case .demonym(let c) = next.phrase.entry
      else { break }
      codes.append((c, ActorNaming.join(tokens[next.start..<next.end])))
      k = next.end
    }
    guard codes.count > 1, let (bodyEnd, body) = bodyPhrase(at: k, tokens) else { return nil }
    let actors = codes.compactMap {
      factory.body($0.0, name: body.name, sector: body.sector, alias: $0.1)
    }
    return ActorSpan(start: start, end: bodyEnd, actors: actors)
  }

  func isDeterminer(_ lower: String) -> Bool {
    lower == "the" || lower == "his" || lower == "her" || lower == "their" || lower == "its"
  }
}

extension String {
  fileprivate func replacingSpaces() -> String { filter { $0 != " " } }
}
