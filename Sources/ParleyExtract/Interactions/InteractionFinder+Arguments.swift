extension InteractionFinder {
  /// The subject of a trigger at `start`: the nearest participant span to the left in the
  /// same clause, not inside a prepositional phrase, with anything coordinated with it.
  func subjects(before start: Int, _ tokens: [Token], _ spans: [ActorSpan], trigger: Trigger)
    -> [PoliticalActor]
  {
    // "…from Sen. Jane Doe (D-Ore.), who criticised …": a relative pronoun's antecedent acts.
    if let antecedent = relativeAntecedent(before: start, tokens, spans) { return antecedent }
    var boundary = -1
    var k = start - 1
    while k >= 0 {
      // "Sen. Jane Doe (D-Ore.) criticised": a short aside after a name is no boundary.
      if tokens[k].text == ")", let open = asideOpening(closingAt: k, tokens, spans) {
        k = open - 1
        continue
      }
      if ClauseCues.boundaries.contains(tokens[k].lower) {
        boundary = k
        break
      }
      k -= 1
    }
    // "Pakistan, a key U.S. ally in the war, has refused": skip the apposition.
    var appositionStart = Int.max
    var v = start - 1
    while v >= 0 && ClauseCues.auxiliaries.contains(tokens[v].lower) { v -= 1 }
    if v > 0 && tokens[v].text == ",",
      let open = tokens[(boundary + 1)..<v].lastIndex(where: { $0.text == "," }),
      spans.contains(where: { $0.end == open && $0.role == .participant })
    {
      appositionStart = open
    }
    let candidates = spans.enumerated().filter {
      $0.element.end <= start && $0.element.start > boundary
        && !($0.element.start > appositionStart && $0.element.end <= v)
    }
    for (index, span) in candidates.reversed() {
      if span.role != .participant { continue }
      // "of northern Chile": a compass word still leaves the place in its phrase.
      var p = span.start - 1
      while p > 0 && ActorRecognizer.compassWords.contains(tokens[p].lower) { p -= 1 }
      if p >= 0 && ClauseCues.topicPrepositions.contains(tokens[p].lower)
        && !(tokens[p].lower == "of" && p > 0 && ClauseCues.groupNouns.contains(tokens[p - 1].lower))
      {
        continue
      }
      // "Zelenskyy's decision" is a thing, but "Lavrov's call with Rubio" has Lavrov as subject.
      // ("Trump's meeting drew criticism from X": what drew it is the owner's.)
      if span.end < tokens.count && tokens[span.end].lower == "'s" && span.end + 1 != start
        && trigger.form == .verb && !trigger.isReceived
      {
        continue
      }
      var actors = span.actors
      var first = index
      while first > 0 {
        let previous = spans[first - 1]
        let link = tokens[previous.end..<spans[first].start]
        let isCoordination =
          !link.isEmpty && link.count <= 2 && link.allSatisfy { ["and", ",", "-", "–", "—", "&", "the"].contains($0.lower) }
          && link.contains { ["and", ",", "-", "–", "—", "&"].contains($0.lower) }
        // "summit in Tirana, Macron and Merz spoke": a place is not a co-subject.
        // …but "the foreign ministers of Chile, Peru and Bolivia" names all three.
        let inPhrase =
          previous.start > 0 && ClauseCues.topicPrepositions.contains(tokens[previous.start - 1].lower)
          && !(tokens[previous.start - 1].lower == "of" && previous.start > 1
            && ClauseCues.groupNouns.contains(tokens[previous.start - 2].lower))
        guard isCoordination, previous.start > boundary, previous.role == .participant, !inPhrase else { break }
        actors = previous.actors + actors
        first -= 1
      }
      return actors
    }
    // "Syria says it is willing to withdraw": "it" or "they" in the clause stands for the
    // nearest actor before the reporting verb.
    if boundary >= 0, tokens[(boundary + 1)..<start].contains(where: { $0.lower == "it" || $0.lower == "they" }) {
      // The speaker is the reporting verb's subject: the actor right before it, or, when
      // that one sits in a phrase ("Militants loyal to Iraq's al-Qaeda frontman X said
      // they"), the first actor of the clause that does not. "It" and "they" are no person.
      // The reporting clause: back from "said that" / "announced Thursday that" to the
      // boundary before it.
      var clauseStart = boundary - 1
      while clauseStart >= 0 && boundary - clauseStart <= 3
        && (ClauseCues.boundaries.contains(tokens[clauseStart].lower) || TimeLexicon.weekdays[tokens[clauseStart].lower] != nil
          || ["today", "yesterday", "on"].contains(tokens[clauseStart].lower))
      {
        clauseStart -= 1
      }
      while clauseStart >= 0 && !ClauseCues.boundaries.contains(tokens[clauseStart].lower) { clauseStart -= 1 }
      let before = spans.filter { $0.end <= boundary && $0.start > clauseStart && $0.role == .participant }
      if let speaker = before.last, boundary - speaker.end <= 4, speaker.actors.first?.kind != .person {
        return speaker.actors
      }
      if let speaker = before.first(where: { span in
        span.actors.first?.kind != .person
          && !(span.start > 0 && ClauseCues.topicPrepositions.contains(tokens[span.start - 1].lower))
      }) {
        return speaker.actors
      }
      if let speaker = before.last, boundary - speaker.end <= 4 { return speaker.actors }
    }
    return []
  }

  /// Where a short parenthetical aside right after an actor's name opens ("Jane Doe
  /// (D-Ore.)", "the Islamic State (ISIS)"), given the index of its ")".
  func asideOpening(closingAt close: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> Int? {
    guard let open = tokens[max(0, close - 8)..<close].lastIndex(where: { $0.text == "(" }), open > 0,
      spans.contains(where: { $0.end == open })
    else { return nil }
    return open
  }

  /// The actor a relative "who" right before the trigger stands for: the name before the
  /// comma that opens the relative clause, past any aside ("… Jane Doe (D-Ore.), who …"),
  /// whatever preposition introduced it.
  func relativeAntecedent(before start: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    var v = start - 1
    while v >= 0, ClauseCues.auxiliaries.contains(tokens[v].lower) || ["also", "then", "later", "once", "not"].contains(tokens[v].lower)
      || (tokens[v].lower.hasSuffix("ly") && tokens[v].lower.count > 4)
    {
      v -= 1
    }
    guard v >= 2, tokens[v].lower == "who", tokens[v - 1].text == "," else { return nil }
    var end = v - 1
    if tokens[end - 1].text == ")", let open = asideOpening(closingAt: end - 1, tokens, spans) { end = open }
    guard let antecedent = spans.last(where: { $0.end == end }), antecedent.role == .participant,
      antecedent.actors.first?.kind == .person || antecedent.title != nil || !antecedent.isLocation
    else { return nil }
    return antecedent.actors
  }

  /// The recipients after a trigger ending at `end`: a direct object or an
  /// object of one of the trigger's prepositions, with coordinated ones. Reactions
  /// (anything but meetings) may also target the owner of what they react to
  /// ("rejected Iraq's proposal", "an Indian proposal", "a call by Belarus") or, as a
  /// last resort, the first other actor of the clause.
  func objects(after end: Int, _ tokens: [Token], _ spans: [ActorSpan], trigger: Trigger)
    -> [PoliticalActor]
  {
    var from = end
    // "demanded that X", "demanded on Friday that X"
    // "warned in parliament on Wednesday that …": a venue does not stop the search either.
    if trigger.takesThatClause,
      let that = tokens[end..<min(tokens.count, end + 6)].firstIndex(where: { $0.lower == "that" }),
      !spans.contains(where: { $0.start >= end && $0.start < that && !Self.isVenue($0, tokens) })
    {
      from = that + 1
    }
    var k = from
    while k < tokens.count && !ClauseCues.boundaries.contains(tokens[k].lower) { k += 1 }
    let clauseEnd = k
    let isReaction = trigger.type != .consult && !trigger.isMutual
    // "welcomed the decision of the EU to …": the decision's author, or nobody named.
    if isReaction, trigger.form == .verb, let author = decisionReactedTo(after: from, tokens, spans) { return author }
    let after = spans.enumerated().filter { $0.element.start >= from && $0.element.end <= clauseEnd }
    // "complained to the UN over Israeli air raids": a complaint is aimed at what it is about.
    if trigger.type == .accuse, trigger.preps.contains("about"),
      let about = after.first(where: { _, span in
        var p = span.start - 1
        while p > from && span.start - p <= 4 && !["over", "about", "against"].contains(tokens[p].lower)
          && (tokens[p].text.first?.isNumber == true || ClauseCues.objectFillers.contains(tokens[p].lower)
            || TimeLexicon.cardinals[tokens[p].lower] != nil)
        {
          p -= 1
        }
        return p >= from && ["over", "about", "against"].contains(tokens[p].lower) && span.role != .media
      })
    {
      return coordinated(from: about.offset, spans, tokens, before: clauseEnd)
    }
    for (index, span) in after {
      // A direct object comes soon; a prepositional one may follow a long object
      // ("allow the delivery of 1,000 tons of grain to Afghanistan").
      if span.start - from > 14
        || (span.start - from > 8
          && (!trigger.preps.contains(tokens[span.start - 1].lower) || tokens[from..<span.start].contains { $0.text == "," }))
      {
        break
      }
      if Self.isSpeaker(span, tokens) { continue }
      // "called on both sides": a plural description as recipient is too vague to resolve.
      if span.role == .media || (span.isReference && span.actors.count > 1) { continue }
      // "with the President's National Security Advisor X": the possessor opens X's phrase.
      var head = span.start
      if index > 0, spans[index - 1].end == span.start - 1, tokens[span.start - 1].lower == "'s",
        spans[index - 1].start >= from
      {
        head = spans[index - 1].start
      }
      let gap = tokens[from..<head]
      let isPossessive = span.end < tokens.count && tokens[span.end].lower == "'s"
      var accepted = false
      // "Ukraine's partners" are people of their own, not Ukraine.
      let ownedPeople: Set<String> = [
        "partners", "allies", "neighbours", "neighbors", "officials", "leaders", "citizens",
        "people", "representatives", "envoy", "ambassador", "friends", "counterparts",
      ]
      if isPossessive, span.end + 1 < tokens.count, ownedPeople.contains(tokens[span.end + 1].lower) {
        continue
      }
      // "Biden's adviser Jake Sullivan" is Sullivan.
      if isPossessive, index + 1 < spans.count, spans[index + 1].start == span.end + 1, spans[index + 1].role == .participant,
        spans[index + 1].actors.first?.kind == .person
      {
        continue
      }
      if isPossessive || span.role == .modifier {
        // "rejected Iraq's proposal", "rejected an Indian proposal"
        accepted = isReaction && gap.count <= 3 && gap.allSatisfy { ClauseCues.objectFillers.contains($0.lower) }
      } else {
        let endsInPreposition = trigger.tokens.count > 1 && trigger.preps.contains(trigger.tokens.last ?? "")
        if (trigger.takesDirectObject || endsInPreposition)
          && gap.allSatisfy({ ClauseCues.objectFillers.contains($0.lower) })
        {
          accepted = true
        } else {
          var p = head - 1
          // "talks with leaders of Romania's new government"
          while p >= from
            && (ClauseCues.objectFillers.contains(tokens[p].lower)
              || (tokens[p].lower == "of" && p > from && ClauseCues.groupNouns.contains(tokens[p - 1].lower))
              || (ClauseCues.groupNouns.contains(tokens[p].lower) && p + 1 < tokens.count && tokens[p + 1].lower == "of"))
          {
            p -= 1
          }
          // "an appeal from X", "a call by X": the proposal's author (not "the withdrawal
          // of forces from X").
          if p >= from, trigger.preps.contains(tokens[p].lower)
            || (isReaction && ["by", "from"].contains(tokens[p].lower) && p > from
              && ClauseCues.proposalNouns.contains(tokens[p - 1].lower))
          {
            accepted = true
          }
        }
      }
      guard accepted else { continue }
      return coordinated(from: index, spans, tokens, before: clauseEnd)
    }
    guard isReaction else { return [] }
    // Last resort: the first other actor later in the clause ("threatened to cut off
    // electricity to Nakhichevan", "dispatched inspectors to … in central Iran").
    // Never the word right after the verb: "fired Comey" is not "fired at Comey".
    // It never crosses a comma ("welcomed the proposal, the Turkish presidency said").
    // …nor a subordinate clause ("… if Moscow kept blocking a ceasefire").
    let subordinators: Set<String> = [",", "if", "unless", "because", "while", "until", "whether", "although", "who", "whose"]
    let comma = tokens[from..<clauseEnd].firstIndex { subordinators.contains($0.lower) } ?? clauseEnd
    for (index, span) in after
    where span.role != .media && !(span.isReference && span.actors.count > 1)
      && span.start > from && span.end <= comma && span.start - from <= 14
      // Where a protest happens is its venue, not its target; so is where a threat would
      // be carried out ("threatened to ban voting in East Jerusalem if Hamas …").
      && !((trigger.type == .protest || trigger.type == .threaten) && Self.isVenue(span, tokens))
      // "…, Ukraine's foreign ministry said": a speaker, not a recipient.
      && !Self.isSpeaker(span, tokens)
    {
      return coordinated(from: index, spans, tokens, before: comma)
    }
    // "threatened to stop the talks if the United States …": the threat is aimed at the
    // side whose conduct is its condition.
    if trigger.type == .threaten,
      let condition = tokens[from..<min(tokens.count, clauseEnd + 1)].firstIndex(where: { ["if", "unless"].contains($0.lower) }),
      let side = spans.first(where: { $0.start > condition && $0.start - condition <= 3 && $0.role == .participant })
    {
      return side.actors
    }
    return []
  }

  /// Whether a span is a place where something happens: a location, or a body named
  /// after "in" or "at" ("in parliament", "at the United Nations").
  static func isVenue(_ span: ActorSpan, _ tokens: [Token]) -> Bool {
    var p = span.start - 1
    while p > 0 && (tokens[p].lower == "the" || ActorRecognizer.compassWords.contains(tokens[p].lower)) { p -= 1 }
    guard p >= 0 else { return false }
    let before = tokens[p].lower
    // "marched through London", "rallies across France": a route is a venue too.
    return ["in", "at"].contains(before) || (span.isLocation && Self.routePrepositions.contains(before))
  }

  /// Prepositions that put a place on the way of an act ("into", "through", "across").
  static let routePrepositions: Set<String> = ["into", "through", "across", "around", "throughout"]

  /// Where a closing report starts: the comma before a reporting verb near the end of the
  /// sentence ("…, relief officials in Nairobi said."), if there is one.
  static func closingReportStart(_ tokens: [Token]) -> Int? {
    let reporting: Set<String> = ["said", "says", "reported", "told", "added", "announced", "stated", "quoted"]
    guard let verb = tokens.lastIndex(where: { reporting.contains($0.lower) }), tokens.count - verb <= 8 else { return nil }
    return tokens[max(0, verb - 10)..<verb].lastIndex(where: { $0.text == "," })
  }

  /// Whether a span is the subject of a reporting verb right after it ("the ministry said").
  static func isSpeaker(_ span: ActorSpan, _ tokens: [Token]) -> Bool {
    guard span.end < tokens.count else { return false }
    return ["said", "says", "told", "added", "announced", "reported", "stated", "confirmed"].contains(tokens[span.end].lower)
  }

  /// The first actor introduced by a preposition in an infinitive complement
  /// ("agreed to lift embargoes on Iran"), within the clause and before any comma.
  func complementRecipient(after end: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    guard end + 1 < tokens.count, tokens[end].lower == "to" else { return nil }
    var k = end
    while k < tokens.count && !ClauseCues.boundaries.contains(tokens[k].lower) && tokens[k].text != "," { k += 1 }
    for (index, span) in spans.enumerated() where span.start > end + 1 && span.end <= k && span.role != .media {
      if ClauseCues.complementPrepositions.contains(tokens[span.start - 1].lower) {
        // A list may run on past the comma: "to Iran, Libya and Sudan".
        var limit = k
        while limit < tokens.count && !ClauseCues.boundaries.contains(tokens[limit].lower) { limit += 1 }
        return coordinated(from: index, spans, tokens, before: limit)
      }
    }
    return nil
  }

  /// The actors of `spans[index]` and of the spans coordinated with it ("Iran, Libya and
  /// Sudan"), up to token `limit`.
  func coordinated(from index: Int, _ spans: [ActorSpan], _ tokens: [Token], before limit: Int) -> [PoliticalActor] {
    var actors = spans[index].actors
    var last = index
    while last + 1 < spans.count {
      let next = spans[last + 1]
      let link = tokens[spans[last].end..<next.start]
      guard next.end <= limit, !link.isEmpty,
        (link.count <= 2 && link.allSatisfy({ ["and", ",", "the", "&"].contains($0.lower) }))
          || Self.isRepeatedPreposition(link.map(\.lower)),
        next.role != .media, !Self.isSpeaker(next, tokens),
        // "the United States, Turkey's ally, …": an apposition naming its owner, not a list.
        !(link.allSatisfy({ $0.text == "," }) && next.end < tokens.count && tokens[next.end].lower == "'s"),
        // "Javad Zarif, Iran's chief negotiator": a title with no name describes the one before.
        !(link.allSatisfy({ $0.text == "," }) && next.title != nil && ActorLexicon.titleHeads[tokens[next.end - 1].lower] != nil
          && spans[last].actors.first?.kind == .person)
      else { break }
      actors += next.actors
      last += 1
    }
    return actors
  }

  /// "with A and twice to B", "to A and later to the B": a second object after its own
  /// preposition, with at most two adverbs between.
  static func isRepeatedPreposition(_ link: [String]) -> Bool {
    guard (3...6).contains(link.count) || link.count == 2, link.first == "and" || link.first == "," else { return false }
    var words = Array(link.dropFirst())
    if words.first == "and" { words.removeFirst() }
    if words.last == "the" { words.removeLast() }
    guard let prep = words.last, ["with", "to"].contains(prep) else { return false }
    let adverbs = words.dropLast()
    return adverbs.count <= 2 && adverbs.allSatisfy { linkAdverbs.contains($0) || ($0.hasSuffix("ly") && $0.count > 4) }
  }

  static let linkAdverbs: Set<String> = ["twice", "once", "later", "then", "also", "again", "separately", "afterwards", "subsequently", "briefly", "thrice"]

  /// "the Lavrov–Rubio call", "Chilean-Peruvian talks": two actors joined by a dash
  /// right before a noun trigger.
  func dashPair(before start: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    var k = start - 1
    while k >= 0 && ["the", "a", "their", "latest", "first", "new", "phone", "telephone"].contains(tokens[k].lower) && k > start - 3 { k -= 1 }
    guard let second = spans.last(where: { $0.end == k + 1 }), second.role != .media,
      second.start >= 2, ["-", "–", "—"].contains(tokens[second.start - 1].text),
      let first = spans.last(where: { $0.end == second.start - 1 }), first.role != .media
    else { return nil }
    let actors = first.actors + second.actors
    return Set(actors.map(\.id)).count >= 2 ? actors : nil
  }

  /// "A told B in a telephone call", "A briefed B during a meeting": a meeting noun in a
  /// circumstantial phrase right after the clause's subject and object makes them its sides.
  func clauseSides(beforeCircumstantial start: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    var k = start - 1
    let fillers: Set<String> = ["a", "an", "the", "their", "phone", "telephone", "video", "lengthy", "brief", "private", "separate", "closed-door"]
    while k >= 0 && fillers.contains(tokens[k].lower) && start - k <= 4 { k -= 1 }
    guard k >= 0, ["in", "during", "via", "over", "at"].contains(tokens[k].lower) else { return nil }
    // "told" joins the two sides here, so only hard clause breaks count.
    let breaks: Set<String> = [".", ";", ":", "that", "which", "while", "but", "when", "after", "before", "said", "says"]
    var boundary = k - 1
    while boundary >= 0 && !breaks.contains(tokens[boundary].lower) { boundary -= 1 }
    let inClause = spans.filter { $0.start > boundary && $0.end <= k && $0.role == .participant }
    // "Sybiha and Fidan agreed on the visit during a telephone call": a coordinated subject.
    if inClause.count >= 2 {
      let link = tokens[inClause[0].end..<inClause[1].start].map(\.lower)
      if link == ["and"] || link == [",", "and"] {
        let actors = inClause[0].actors + inClause[1].actors
        if Set(actors.map(\.id)).count >= 2 { return actors }
      }
    }
    guard inClause.count >= 2, let object = inClause.last, object.end >= k - 1 else { return nil }
    let subject = inClause[inClause.count - 2]
    let actors = subject.actors + object.actors
    return Set(actors.map(\.id)).count >= 2 ? actors : nil
  }

  /// "between A and B" (and C …) right after a trigger.
  func between(after end: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    var k = end
    while k < tokens.count && k - end < 4 && tokens[k].lower != "between" {
      if ClauseCues.boundaries.contains(tokens[k].lower) { return nil }
      k += 1
    }
    guard k < tokens.count, tokens[k].lower == "between" else { return nil }
    var actors: [PoliticalActor] = []
    var position = k + 1
    for span in spans where span.start >= position {
      let link = tokens[position..<span.start]
      guard link.count <= 2, link.allSatisfy({ ["and", ",", "the", "&", "a", "an"].contains($0.lower) }) else {
        break
      }
      // "between an Israeli peace movement and the PLO": an adjective with its noun names a side.
      if span.role == .participant
        || (span.role == .modifier && span.end < tokens.count && tokens[span.end].isWord && !tokens[span.end].isCapitalized
          && !ClauseCues.topicPrepositions.contains(tokens[span.end].lower))
      {
        actors += span.actors
      }
      position = span.end
      // Skip the noun of such a side up to the next "and" or comma.
      while position < tokens.count && span.role == .modifier && tokens[position].isWord
        && !["and", "or"].contains(tokens[position].lower) && position - span.end < 3
      {
        position += 1
      }
    }
    return actors
  }
}
