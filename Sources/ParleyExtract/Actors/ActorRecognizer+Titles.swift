import ParleyIngest

extension ActorRecognizer {
  /// A role read from the text: the country and sector a title or prefix gives.
  struct Role {
    var country: String?
    var sector: String?
    var head: String? = nil
    var words: [String] = []
  }

  /// A parsed title: "Foreign Minister", "Secretary of State", "President of France".
  struct Title {
    var end: Int
    var head: String
    var sector: String
    var words: [String]
    var ofCountry: String?
  }

  /// Parses a title starting at `i`.
  func parseTitle(at i: Int, _ tokens: [Token], afterPrefix: Bool = false) -> Title? {
    var k = i
    var head: String?
    var sector = ""
    var end = -1
    var words: [String] = []
    var ofCountry: String?
    var modifierSector: String?
    var isFormer = false
    while k < tokens.count {
      let w = tokens[k].lower
      if let s = ActorLexicon.titleHeads[w] {
        var h = w
        var hs = s
        // compounds: Secretary-General, Vice-President, Commander-in-Chief
        if k + 4 < tokens.count, tokens[k + 1].text == "-", tokens[k + 3].text == "-",
          let combined = ActorLexicon.titleHeads[w + "-" + tokens[k + 2].lower + "-" + tokens[k + 4].lower]
        {
          h = w + "-" + tokens[k + 2].lower + "-" + tokens[k + 4].lower
          hs = combined
          k += 4
        } else if k + 2 < tokens.count, tokens[k + 1].text == "-",
          let combined = ActorLexicon.titleHeads[w + "-" + tokens[k + 2].lower]
        {
          h = w + "-" + tokens[k + 2].lower
          hs = combined
          k += 2
        }
        head = h
        sector = hs
        words.append(h)
        k += 1
        end = k
        // "chief nuclear negotiator", "chief foreign policy adviser": "chief" describes the
        // head that follows a few plain words later.
        if h == "chief", let later = (k..<min(tokens.count, k + 4)).first(where: { ActorLexicon.titleHeads[tokens[$0].lower] != nil }),
          later > k, tokens[k..<later].allSatisfy({ $0.isWord && !$0.isCapitalized })
        {
          words.removeLast()
          words += tokens[k..<later].map(\.lower)
          k = later
        }
        continue
      }
      if ActorLexicon.titleModifiers.contains(w) {
        words.append(w)
        switch w {
        case "army", "military", "defence", "defense": modifierSector = modifierSector ?? "MIL"
        case "police": modifierSector = "COP"
        case "opposition": modifierSector = "OPP"
        case "rebel": modifierSector = "REB"
        case "intelligence", "spy": modifierSector = "SPY"
        default: break
        }
        if ActorLexicon.formerWords.contains(w) { isFormer = true }
        k += 1
        continue
      }
      // "Ambassador Extraordinary and Plenipotentiary": the envoy's full rank.
      if head != nil, w == "extraordinary", k + 2 < tokens.count, tokens[k + 1].lower == "and",
        tokens[k + 2].lower == "plenipotentiary"
      {
        k += 3
        end = k
        continue
      }
      // "18th Prime Minister of Estonia": an ordinal before the title.
      if k == i, ActorLexicon.isOrdinal(w), k + 1 < tokens.count {
        k += 1
        continue
      }
      if tokens[k].text == "-", k + 1 < tokens.count,
        ActorLexicon.titleModifiers.contains(tokens[k + 1].lower)
      {
        k += 1
        continue
      }
      if (w == "of" || w == "for"), head != nil {
        var m = k + 1
        while m < tokens.count && ActorLexicon.titleOfWords.contains(tokens[m].lower) {
          words.append(tokens[m].lower)
          m += 1
        }
        if m > k + 1 && tokens[m - 1].lower != "the" {
          words.insert(w, at: words.count - (m - k - 1))  // "secretary of state"
          k = m
          end = k
          continue
        }
        var c = m < tokens.count && tokens[m].lower == "the" ? m + 1 : k + 1
        // "of the Republic of Austria", "of the Kingdom of Saudi Arabia"
        let stateWords: Set<String> = ["the", "republic", "kingdom", "federal", "islamic", "state", "federation", "of", "democratic", "united"]
        var probe = c
        while probe < tokens.count && probe - c < 4 && stateWords.contains(tokens[probe].lower) {
          if gazetteerMatch(at: probe, tokens) != nil { break }
          probe += 1
        }
        if probe > c, probe < tokens.count, gazetteerMatch(at: probe, tokens) != nil { c = probe }
        if let hit = gazetteerMatch(at: c, tokens) {
          switch hit.phrase.entry {
          case .country(let code):
            ofCountry = code
            end = hit.end
            // "Ambassador of the United Kingdom to Ukraine": where the envoy serves.
            if end + 1 < tokens.count, tokens[end].lower == "to" {
              let at = tokens[end + 1].lower == "the" ? end + 2 : end + 1
              if at < tokens.count, let posted = gazetteerMatch(at: at, tokens), case .country = posted.phrase.entry {
                end = posted.end
              }
            }
          default:
            // "of the Armed Forces of Ukraine Valerii Zaluzhnyi": a known body, then the name.
            if let bodyEnd = namedBodyBeforeName(from: c, tokens) { end = bodyEnd }
          }
        } else if let bodyEnd = namedBodyBeforeName(from: c, tokens) {
          // "Chairman of the Joint Chiefs of Staff General Mark Milley", "Head of the Office
          // of the President Andriy Yermak": the body the office belongs to, then the name.
          end = bodyEnd
        }
        break
      }
      break
    }
    guard let head, end > i else { return nil }
    if head == "mr." || head == "mrs." || head == "ms." || head == "mr" || head == "mrs" || head == "ms"
      || head == "dr" || head == "dr." || head == "sir" || head == "dame" || head == "lord"
    {
      return Title(end: end, head: head, sector: "", words: [], ofCountry: nil)
    }
    // A title that is only modifiers before a lowercase head is fine; a lone lowercase
    // generic head ("chief", "head", "official") needs a modifier to count.
    let generic: Set<String> = ["chief", "head", "official", "leader", "representative", "executive"]
    // ("North Korean leader Kim", "the Hamas official X": the country or body before it is one.)
    if words.count == 1 && generic.contains(head) && !tokens[i].isCapitalized && !afterPrefix { return nil }
    // A defence minister or secretary is a civilian member of the government (GOV);
    // "army chief", "defence chief" are the military.
    if modifierSector == "MIL", ActorLexicon.civilianHeads.contains(head),
      !words.contains("army") && !words.contains("military")
    {
      modifierSector = "GOV"
    }
    // "an opposition lawmaker" is still a legislator.
    if modifierSector == "OPP" && sector == "LEG" { modifierSector = nil }
    if isFormer { modifierSector = "ELI" }
    return Title(
      end: end, head: head, sector: modifierSector ?? sector,
      words: words.filter { $0 != "the" && !ActorLexicon.formerWords.contains($0) && !ActorLexicon.timeWords.contains($0) },
      ofCountry: ofCountry)
  }

  /// A person introduced by a title at `titleAt`, possibly after a country or organisation prefix.
  func titled(
    start: Int, titleAt: Int, prefix: Role?, _ tokens: [Token], _ context: inout ArticleContext
  ) -> ActorSpan? {
    guard titleAt < tokens.count, let title = parseTitle(at: titleAt, tokens, afterPrefix: prefix != nil) else { return nil }
    var role = Role(
      country: title.ofCountry ?? prefix?.country,
      sector: prefix?.sector ?? (title.sector.isEmpty ? nil : title.sector), head: title.head,
      words: title.words)
    if title.head == "secretary-general" && prefix?.country != nil { role.sector = "GOV" }
    var nameStart = title.end
    if nameStart < tokens.count && tokens[nameStart].text == "," && !tokens[titleAt].isCapitalized {
      nameStart += 1  // "the foreign minister, Ishaq Dar"
    }
    if let (nameEnd, gazetteerIndex) = nameAt(nameStart, tokens) {
      return personSpan(
        start: start, nameStart: nameStart, nameEnd: nameEnd, gazetteerIndex: gazetteerIndex,
        role: role, tokens, &context)
    }
    // No name: "the Russian foreign minister" is the office holder on the article date,
    // "the minister" whoever the article last called a minister.
    let determined = start < titleAt && isDeterminer(tokens[start].lower)
    guard determined || prefix != nil || title.ofCountry != nil else { return nil }
    if let country = role.country,
      let actor = officeHolder(
        country: country, titleWords: title.words, alias: ActorNaming.join(tokens[titleAt..<title.end]),
        sector: role.sector, &context)
    {
      return ActorSpan(start: start, end: title.end, actors: [actor], title: title.head)
    }
    // "the minister" is the last minister named, "the leader" anyone; a title the table
    // does not list ("the UN Secretary General") refers to no one named before.
    // "The Head of State": the article's most named president.
    let referenceHead = title.words == ["head", "of", "state"] ? "president" : title.head
    if determined, title.head != "mr.", let head = ActorLexicon.singularReferenceHeads[referenceHead],
      let actor = context.person(titled: head, country: role.country)
    {
      // Named again: the one a later "he" most likely means.
      context.notePerson(actor, title: nil, nameTokens: [])
      return ActorSpan(
        start: start, end: title.end, actors: [actor], title: title.head, isReference: true)
    }
    // "the Armenian prime minister" with no name and no known holder: the office itself.
    guard let country = role.country, let countryInfo = gazetteer.countries[country],
      !title.words.isEmpty, title.sector != ""
    else { return nil }
    // "a White House official", "a U.S. official": someone unnamed speaking for the state,
    // which is the side that acts; "official" is no office of its own.
    if title.words.count == 1, Self.unnamedAgentHeads.contains(title.head), role.sector == nil || role.sector == "GOV",
      let actor = factory.country(country, alias: ActorNaming.join(tokens[start..<title.end]), sector: "GOV")
    {
      return ActorSpan(start: start, end: title.end, actors: [actor])
    }
    let office = title.words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    let actor = PoliticalActor(
      id: ActorNaming.slug(countryInfo.name + " " + office),
      name: (countryInfo.demonyms.first ?? countryInfo.name) + " " + office, kind: .person,
      country: country, sector: role.sector, aliases: [ActorNaming.join(tokens[titleAt..<title.end])])
    context.notePerson(actor, title: title.words.joined(separator: " "), nameTokens: [])
    return ActorSpan(start: start, end: title.end, actors: [actor], title: title.head)
  }

  /// Titles that name no office: an unnamed one of them stands for the state it serves.
  static let unnamedAgentHeads: Set<String> = ["official", "officials", "diplomat", "diplomats", "source", "sources", "aide", "aides"]

  /// The gazetteer's holder of the office `titleWords` in `country` on the article's date,
  /// as an actor noted in `context` ("the Russian foreign minister" → Sergey Lavrov).
  func officeHolder(
    country: String, titleWords: [String], alias: String, sector: String?, _ context: inout ArticleContext
  ) -> PoliticalActor? {
    guard let holder = factory.officeHolder(country: country, titleWords: titleWords, on: context.date) else {
      return nil
    }
    let actor = factory.person(
      index: holder, name: gazetteer.people[holder].name, alias: alias, textCountry: country,
      textSector: sector, date: context.date)
    // Named by office only; "Mr. Nausėda" after "the President of Lithuania" is still them.
    context.notePerson(
      actor, title: titleWords.joined(separator: " "), nameTokens: Tokenizer().tokens(in: actor.name))
    return actor
  }

  /// A personal name at `i`: a gazetteer person, or capitalised words with particles.
  /// Returns the end and the gazetteer index when known.
  /// Where a capitalised body name after a title's "of" ends ("the Joint Chiefs of Staff",
  /// "the Office of the President", "the Armed Forces of Ukraine"), when a person's name,
  /// or a rank and a name, follows it at once; the index is where that name or rank starts.
  func namedBodyBeforeName(from start: Int, _ tokens: [Token]) -> Int? {
    var k = start
    while k < tokens.count, k - start < 9 {
      let t = tokens[k]
      if t.isWord && t.isCapitalized {
        // A person the dictionaries know must follow: a body's own words are no name.
        let next = k + 1
        if next < tokens.count, tokens[next].isCapitalized {
          if let (_, index) = nameAt(next, tokens), index != nil { return next }
          if let rank = parseTitle(at: next, tokens), rank.end > next, let (_, index) = nameAt(rank.end, tokens), index != nil {
            return rank.end
          }
        }
      } else if !["of", "the", "and", "for"].contains(t.lower) {
        break
      }
      k += 1
    }
    return nil
  }

  func nameAt(_ i: Int, _ tokens: [Token]) -> (Int, Int?)? {
    guard i < tokens.count else { return nil }
    if let hit = gazetteerMatch(at: i, tokens), case .person(let p) = hit.phrase.entry {
      return (hit.end, p)
    }
    var m = i
    var lastWordEnd = i
    while m < tokens.count && m - i < 8 {
      let t = tokens[m]
      if t.isWord && t.isCapitalized && !ActorLexicon.notNames.contains(t.lower)
        && ActorLexicon.titleHeads[t.lower] == nil && !isCountryWord(at: m, tokens)
      {
        m += 1
        lastWordEnd = m
      } else if m > i, ActorLexicon.nameParticles.contains(t.lower), m + 1 < tokens.count,
        tokens[m + 1].isCapitalized
      {
        m += 1
      } else if m > i, t.text == "-", m + 1 < tokens.count, tokens[m + 1].isCapitalized,
        tokens[m - 1].end == t.start,
        // "Lavrov-Rubio call" pairs two known people; "Al-Thani" is one name.
        gazetteer.people(withSurname: tokens[m - 1].lower).isEmpty
          || gazetteer.people(withSurname: tokens[m + 1].lower).isEmpty
      {
        m += 1
      } else {
        break
      }
    }
    guard lastWordEnd > i else { return nil }
    return (lastWordEnd, nil)
  }

  func isCountryWord(at i: Int, _ tokens: [Token]) -> Bool {
    guard let hit = gazetteerMatch(at: i, tokens) else { return false }
    switch hit.phrase.entry {
    case .person: return false
    default: return true
    }
  }

  /// The person named by tokens `nameStart..<nameEnd`, with an apposition after it
  /// (", Pakistan's foreign minister,") read into its role.
  func personSpan(
    start: Int, nameStart: Int, nameEnd: Int, gazetteerIndex: Int?, role: Role?,
    _ tokens: [Token], _ context: inout ArticleContext
  ) -> ActorSpan? {
    let nameTokens = Array(tokens[nameStart..<nameEnd])
    let surface = ActorNaming.join(nameTokens)
    var role = role
    var end = nameEnd
    if role == nil || role?.country == nil, let (appositionEnd, apposition) = apposition(
      after: nameEnd, tokens)
    {
      role = Role(
        country: apposition.country ?? role?.country, sector: apposition.sector ?? role?.sector,
        head: apposition.head ?? role?.head, words: apposition.words)
      end = appositionEnd
    }
    var index = gazetteerIndex
    var known: PoliticalActor?
    if index == nil { (index, known) = resolveName(nameTokens, role: role, context) }
    if index == nil && known == nil && nameTokens.filter(\.isWord).count < 2 && role == nil {
      return nil
    }
    var actor =
      known
      ?? factory.person(
        index: index, name: surface, alias: surface, textCountry: role?.country,
        textSector: role?.sector, date: context.date)
    if known != nil {
      if actor.country == nil { actor.country = role?.country }
      if actor.sector == nil { actor.sector = role?.sector }
    }
    actor = actor.addingAlias(surface)
    // "President Trump" as one dictionary phrase, or a bare "Trump": the office the
    // dictionary says he held that day, so that "the president" can find him.
    let heldTitle = index.flatMap { i in
      context.date.flatMap { d in gazetteer.people[i].offices.last { $0.isHeld(on: d) }?.title.lowercased() }
    }
    let titleText = role.map { $0.words.joined(separator: " ") } ?? heldTitle
    if let title = ActorNaming.roleTitle(role?.words ?? []) {
      actor = actor.addingRole(ActorRole(title: title, country: role?.country, seen: context.date))
    }
    context.notePerson(actor, title: titleText, nameTokens: nameTokens)
    return ActorSpan(start: start, end: end, actors: [actor], title: role?.head)
  }

  /// ", Pakistan's foreign minister" or ", the Turkish foreign minister" after a name.
  private func apposition(after i: Int, _ tokens: [Token]) -> (Int, Role)? {
    guard i + 1 < tokens.count, tokens[i].text == "," else { return nil }
    var k = i + 1
    if isDeterminer(tokens[k].lower) || tokens[k].lower == "a" { k += 1 }
    var country: String?
    var organizationSector: String?
    if let hit = gazetteerMatch(at: k, tokens) {
      switch hit.phrase.entry {
      case .country(let c), .demonym(let c), .metonym(let c), .place(let c):
        country = c
      case .organization(let o):
        // ", the European Union's foreign policy chief,"
        let org = gazetteer.organizations[o]
        guard org.sector != "MED" else { return nil }
        country = org.country
        organizationSector = org.sector == "IGO" ? "IGO" : nil
      case .person:
        return nil
      }
      k = hit.end
      if k < tokens.count && tokens[k].lower == "'s" { k += 1 }
    }
    guard let title = parseTitle(at: k, tokens), title.head != "mr." else { return nil }
    // "Mr. Nausėda, Prime Minister of Israel Bennett and …": a title with a name of its own
    // is the next person of a list, not this one's office.
    if title.end < tokens.count, tokens[title.end].isCapitalized, nameAt(title.end, tokens) != nil { return nil }
    return (
      title.end,
      Role(
        country: title.ofCountry ?? country,
        sector: organizationSector ?? (title.sector.isEmpty ? nil : title.sector),
        head: title.head, words: title.words)
    )
  }

  /// A name not in the gazetteer's full names: a surname the article used
  /// before, or a gazetteer person with that surname and first name.
  func resolveName(_ nameTokens: [Token], role: Role?, _ context: ArticleContext) -> (
    Int?, PoliticalActor?
  ) {
    let words = nameTokens.filter { $0.isWord && !ActorLexicon.nameParticles.contains($0.lower) }
    guard let last = words.last else { return (nil, nil) }
    if let known = context.surnames[last.lower] {
      if words.count == 1 || ActorNaming.matchKey(known.name).hasPrefix(
        String(ActorNaming.matchKey(words[0].text).prefix(3)))
      {
        return (nil, known)
      }
    }
    var candidates = gazetteer.people(withSurname: last.lower)
    if words.count >= 2 {
      // "Anthony Blinken", "Vladmir Putin": a first name spelt otherwise is still the
      // same person when it begins alike; "John McCain" is not Cindy McCain.
      let first = ActorNaming.matchKey(words[0].text)
      let exact = candidates.filter { gazetteer.firstNameKeys[$0].contains(first) }
      candidates = !exact.isEmpty || first.count < 3 ? exact : candidates.filter { p in
        gazetteer.firstNameKeys[p].contains { $0.count >= 3 && $0.prefix(3) == first.prefix(3) }
      }
    } else if let country = role?.country {
      candidates = candidates.filter { p in
        gazetteer.people[p].offices.contains { $0.country == country }
      }
    }
    if candidates.count > 1, let date = context.date {
      let active = candidates.filter { p in
        gazetteer.people[p].offices.contains { $0.isHeld(on: date) }
      }
      if !active.isEmpty { candidates = active }
    }
    // "North Korea's … Kim": the one who held office in a country the article names.
    if candidates.count > 1, !context.countryCounts.isEmpty {
      let named = candidates.filter { p in
        gazetteer.people[p].offices.contains { context.countryCounts[$0.country ?? ""] != nil }
      }
      if !named.isEmpty { candidates = named }
    }
    // A bare family name shared within one country is the head of state or government's.
    if candidates.count > 1, let date = context.date {
      let heads = candidates.filter { p in
        gazetteer.people[p].offices.contains { $0.isHeld(on: date) && Self.isHeadOfStateOrGovernment($0.title) }
      }
      if heads.count == 1 { candidates = heads }
    }
    // "President Bush" in 2000: of the people who held that title, the one who held it
    // last before the date (a title names the office, and the latest holder is meant).
    if candidates.count > 1, let date = context.date, let head = role?.head {
      let holders = candidates.compactMap { p -> (Int, CivilDate)? in
        let ends = gazetteer.people[p].offices.filter {
          $0.title.lowercased().contains(head) && ($0.from.map { $0 <= date } ?? true)
        }.compactMap { $0.to ?? date }
        return ends.max().map { (p, $0) }
      }
      if let latest = holders.max(by: { $0.1 < $1.1 }), holders.filter({ $0.1 == latest.1 }).count == 1 {
        candidates = [latest.0]
      }
    }
    return candidates.count == 1 ? (candidates[0], nil) : (nil, nil)
  }

  /// Whether an office title is a head of state's or government's ("President", "Prime
  /// Minister", "Supreme Leader"), not a deputy's.
  static func isHeadOfStateOrGovernment(_ title: String) -> Bool {
    let t = title.lowercased()
    guard !t.contains("vice") && !t.contains("deputy") && !t.contains(" of the ") else { return false }
    return ["president", "prime minister", "supreme leader", "king", "chancellor", "emir", "premier", "head of state"]
      .contains { t.hasPrefix($0) }
  }

  /// A bare name: a known surname ("Lavrov"), or a full name with an apposition.
  func name(at i: Int, _ tokens: [Token], _ context: inout ArticleContext) -> ActorSpan? {
    let t = tokens[i]
    guard t.isWord, t.isCapitalized, !ActorLexicon.notNames.contains(t.lower) else { return nil }
    if let span = familyName(at: i, tokens, &context) ?? sharedSurnameName(at: i, tokens, &context) {
      return span
    }
    guard let (end, index) = nameAt(i, tokens) else { return nil }
    let nameTokens = Array(tokens[i..<end])
    let words = nameTokens.filter(\.isWord)
    // "the Shah", "the Emir": a title used as a name, not a surname.
    // ("the Lavrov–Rubio call" pairs two names.)
    if words.count == 1 && index == nil && i > 0 && tokens[i - 1].lower == "the",
      end >= tokens.count || !["-", "–", "—"].contains(tokens[end].text)
    {
      return nil
    }
    if index != nil || words.count == 1 || context.surnames[words.last?.lower ?? ""] != nil {
      return personSpan(
        start: i, nameStart: i, nameEnd: end, gazetteerIndex: index, role: nil, tokens, &context)
    }
    // An unknown multi-word name counts only with an apposition giving its role
    // ("Ishaq Dar, Pakistan's foreign minister,"), and never after "the" ("the Black Sea").
    if i > 0 && tokens[i - 1].lower == "the" { return nil }
    var probe = context
    if let span = personSpan(
      start: i, nameStart: i, nameEnd: end, gazetteerIndex: nil, role: nil, tokens, &probe),
      span.end > end || isGivenNameFirst(words)
    {
      context = probe
      return span
    }
    return nil
  }

  /// "Donald and Melania Trump": a given name before "and" and a second full name shares
  /// that name's surname, so it names Donald Trump, not some other Donald.
  func sharedSurnameName(at i: Int, _ tokens: [Token], _ context: inout ArticleContext) -> ActorSpan? {
    guard i + 3 < tokens.count, tokens[i + 1].lower == "and",
      gazetteer.givenNames.contains(ActorNaming.matchKey(tokens[i].text)),
      gazetteer.givenNames.contains(ActorNaming.matchKey(tokens[i + 2].text)),
      tokens[i + 2].isCapitalized, tokens[i + 3].isCapitalized, tokens[i + 3].isWord,
      !gazetteer.people(withSurname: tokens[i + 3].lower).isEmpty,
      i + 4 >= tokens.count || !tokens[i + 4].isCapitalized
    else { return nil }
    return renamed([tokens[i], tokens[i + 3]], as: i..<(i + 1), tokens, &context)
  }

  /// "the Obamas": a family named by the plural of a known surname stands for the family's
  /// best-known member the article can resolve (the surname alone).
  func familyName(at i: Int, _ tokens: [Token], _ context: inout ArticleContext) -> ActorSpan? {
    guard i > 0, tokens[i - 1].lower == "the", tokens[i].lower.hasSuffix("s"), tokens[i].lower.count > 3
    else { return nil }
    let word = tokens[i].text
    let stems = [String(word.dropLast()), String(word.dropLast(2))].filter { $0.count >= 3 }
    guard gazetteer.people(withSurname: tokens[i].lower).isEmpty,
      let stem = stems.first(where: { !gazetteer.people(withSurname: Token.fold($0)).isEmpty }),
      i + 1 >= tokens.count || !tokens[i + 1].isCapitalized
    else { return nil }
    return renamed([Token(text: stem, start: tokens[i].start, end: tokens[i].end)], as: i..<(i + 1), tokens, &context)
  }

  /// A person span for `words` (a name the text implies but does not spell in a row),
  /// covering `range` of the sentence.
  private func renamed(
    _ words: [Token], as range: Range<Int>, _ tokens: [Token], _ context: inout ArticleContext
  ) -> ActorSpan? {
    var probe = context
    guard var span = personSpan(start: 0, nameStart: 0, nameEnd: words.count, gazetteerIndex: nil, role: nil, words, &probe),
      span.actors.count == 1
    else { return nil }
    context = probe
    span.start = range.lowerBound
    span.end = range.upperBound
    return span
  }

  /// Whether an unknown name of two or three words starts with a given name and ends like a
  /// surname ("Jan Brewer", "Roman Mashovets"; not "Roman Catholic Church"): a person's
  /// name, kept whole so that its surname alone does not name someone else.
  func isGivenNameFirst(_ words: [Token]) -> Bool {
    guard (2...3).contains(words.count), let first = words.first, let last = words.last else { return false }
    return gazetteer.givenNames.contains(ActorNaming.matchKey(first.text))
      && !ActorLexicon.thingNameEnds.contains(last.lower)
      && words.allSatisfy { $0.text.count >= 2 && !$0.text.allSatisfy(\.isUppercase) }
  }

  /// The one person whose words the article gives, by its headline: "Address by President
  /// X", "Statement of the Minister of Foreign Affairs Y", "Speech by X at …". Nil for
  /// interviews, joint statements and headlines that name no such text.
  public func speaker(ofHeadline headline: String, context: inout ArticleContext) -> PoliticalActor? {
    let tokens = Tokenizer().tokens(in: headline)
    guard let k = tokens.indices.first(where: { n in
      ActorLexicon.speechNouns.contains(tokens[n].lower) && n + 1 < tokens.count
        && ["by", "of"].contains(tokens[n + 1].lower)
    }) else { return nil }
    if k > 0, ["joint", "interview"].contains(tokens[k - 1].lower) { return nil }
    var scratch = context
    let spans = self.spans(in: tokens, context: &scratch)
    guard let span = spans.first(where: { $0.start > k + 1 }), span.start <= k + 3,
      span.actors.count == 1, let actor = span.actors.first, actor.kind == .person,
      // "by the presidents of A and B", "by X and Y": more than one speaker.
      !(span.end < tokens.count && ["and", "&"].contains(tokens[span.end].lower))
    else { return nil }
    context = scratch
    return actor
  }

  /// "he", "she", "the two ministers", "both sides": actors named before.
  func reference(at i: Int, _ tokens: [Token], _ context: ArticleContext) -> ActorSpan? {
    let w = tokens[i].lower
    // "I spoke with …" in the text of someone's address.
    if tokens[i].text == "I", let speaker = context.speaker {
      return ActorSpan(start: i, end: i + 1, actors: [speaker], isReference: true)
    }
    if w == "he" || w == "she" {
      guard let actor = context.person(titled: nil, country: nil) else { return nil }
      return ActorSpan(start: i, end: i + 1, actors: [actor], isReference: true)
    }
    guard w == "the" || w == "both" || w == "they" else { return nil }
    for pattern in ActorLexicon.pluralReferences where i + pattern.count <= tokens.count {
      guard zip(pattern, tokens[i..<(i + pattern.count)]).allSatisfy({ $0 == $1.lower }) else {
        continue
      }
      var group = context.lastGroup
      // "the two countries" after a call between two of their leaders: their states.
      if let last = pattern.last, ["countries", "nations", "governments"].contains(last) {
        var states: [PoliticalActor] = []
        for actor in group {
          guard let state = actor.kind == .country ? actor : actor.country.flatMap({ factory.country($0, alias: nil) })
          else { continue }
          if !states.contains(where: { $0.id == state.id }) { states.append(state) }
        }
        group = states
      }
      guard group.count >= 2 else { return nil }
      return ActorSpan(start: i, end: i + pattern.count, actors: group, isReference: true)
    }
    if w == "the", i + 1 < tokens.count {
      let next = tokens[i + 1].lower
      if next == "ministry" || (next == "foreign" && i + 2 < tokens.count && tokens[i + 2].lower == "ministry") {
        guard let body = context.bodies.last(where: { $0.id.hasSuffix("ministry") }) else { return nil }
        return ActorSpan(
          start: i, end: next == "ministry" ? i + 2 : i + 3, actors: [body], isReference: true)
      }
    }
    return nil
  }
}
