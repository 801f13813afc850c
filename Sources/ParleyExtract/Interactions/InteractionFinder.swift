/// A trigger found in a sentence, with the participants its clause gives it.
struct FoundInteraction: Sendable {
  var trigger: Trigger
  /// Token range of the trigger phrase.
  var start: Int
  var end: Int
  /// Source → target pairs.
  var pairs: [(source: PoliticalActor, target: PoliticalActor)]
  /// Whether both sides act alike.
  var isMutual: Bool
  /// Whether this is a definite mention of an earlier event ("the call") with no actors of its own.
  var isFollowUp: Bool
}

/// Shallow clause analysis: finds triggers in a tokenised sentence and their
/// subjects and objects among the sentence's actor spans.
struct InteractionFinder: Sendable {
  /// Where country actors come from.
  var gazetteer: Gazetteer = .shared

  /// The interactions of one sentence.
  func interactions(tokens: [Token], spans: [ActorSpan]) -> [FoundInteraction] {
    var found: [FoundInteraction] = []
    var covered = Set<Int>()
    for span in spans { covered.formUnion(span.start..<span.end) }
    var i = 0
    while i < tokens.count {
      guard !covered.contains(i), let candidates = triggers(at: i, tokens, afterActor: covered.contains(i - 1)),
        !candidates.isEmpty
      else {
        i += 1
        continue
      }
      var length = candidates[0].tokens.count
      var best: FoundInteraction?
      // Noun readings first: "the Lavrov–Rubio talks will …" is a noun; "Lavrov talks with
      // Rubio" finds no holder for the noun and falls back to the verb. A shorter phrase is
      // tried when the longest finds no sides ("after a trilateral meeting with B" is the
      // noun "meeting", not the verb "meeting with").
      let ordered = candidates.sorted {
        $0.tokens.count != $1.tokens.count ? $0.tokens.count > $1.tokens.count : ($0.form == .noun && $1.form == .verb)
      }
      for var trigger in ordered {
        // A dismissal ("fired the prosecutor") takes the one dismissed as its object.
        // ("was fired from the FBI" keeps its sides as they are.)
        let next = i + trigger.tokens.count
        if trigger.type == .assault, next < tokens.count, tokens[next].lower != "from",
          i == 0 || !Self.passiveAuxiliaries.contains(tokens[i - 1].lower),
          Self.retyped(trigger, at: i, objectAfter: next, tokens) == .sanction
        {
          trigger.type = .sanction
          trigger.takesDirectObject = true
        }
        let result = analyse(trigger, start: i, end: i + trigger.tokens.count, tokens, spans)
        if best == nil || (best!.pairs.isEmpty && !result.pairs.isEmpty) {
          best = result
          length = trigger.tokens.count
        }
        if !result.pairs.isEmpty { break }
      }
      // "struck a deal", "a deal was struck": an agreement, not an attack.
      if let first = candidates.first, first.type == .assault, Self.strikeForms.contains(tokens[i].lower),
        Self.strikesADeal(at: i, tokens)
      {
        i += 1
        continue
      }
      if var best, !best.pairs.isEmpty || best.isFollowUp {
        best.trigger.type = Self.retyped(best.trigger, at: i, objectAfter: i + length, tokens)
        // "drew criticism from X": X criticised the subject.
        if best.trigger.isReceived { best.pairs = best.pairs.map { (source: $0.target, target: $0.source) } }
        // "X was fired from the FBI": the FBI dismissed X.
        if best.trigger.type == .sanction, i >= 1, i + length < tokens.count, tokens[i + length].lower == "from",
          Self.passiveAuxiliaries.contains(tokens[i - 1].lower), Self.fireForms.contains(tokens[i].lower)
        {
          best.pairs = best.pairs.map { (source: $0.target, target: $0.source) }
        }
        found.append(best)
      }
      i += length
    }
    found += ObligationFinder().interactions(tokens: tokens, spans: spans)
    found += EvaluationFinder().interactions(tokens: tokens, spans: spans)
    return Self.droppingPurposes(Self.droppingRejectedProposals(Self.droppingRestatedNouns(found), tokens), tokens)
  }

  /// What is withdrawn or lifted decides the type: withdrawing inspectors, diplomats or aid
  /// is a sanction, withdrawing troops a retreat; lifting a blockade or siege is a retreat,
  /// lifting a curfew or ban a concession.
  /// Force made ready but not used ("prepared to resume shelling") is a mobilisation.
  static func retyped(_ trigger: Trigger, at start: Int, objectAfter end: Int, _ tokens: [Token]) -> InteractionType {
    let object = tokens[end..<min(tokens.count, end + 7)].map(\.lower)
    let before = tokens[max(0, start - 3)..<start].map(\.lower)
    if trigger.type == .assault, let to = before.lastIndex(of: "to"), to > 0,
      ["prepared", "preparing", "prepares", "poised", "readied", "readying", "massing"].contains(before[to - 1])
        || (to >= 2 && ["prepared", "preparing", "prepares", "poised"].contains(before[to - 2]))
    {
      return .mobilize
    }
    // "was fired from the FBI", "fired the country's top prosecutor": a dismissal, not
    // gunfire ("fired rockets at", "fired the first shots" stay assaults).
    if trigger.type == .assault, trigger.tokens.count == 1, fireForms.contains(tokens[start].lower) {
      // "on Friday" is a time, "on Ukrainian positions" a target.
      let aimedOn = object.indices.contains { k in
        object[k] == "on" && k + 1 < object.count && TimeLexicon.weekdays[object[k + 1]] == nil
          && TimeLexicon.months[object[k + 1]] == nil && object[k + 1].first?.isNumber != true
      }
      let aimed = aimedOn || object.contains { ["at", "into", "upon", "toward", "towards"].contains($0) }
        || object.contains { projectiles.contains($0) }
      let passive = before.last.map { passiveAuxiliaries.contains($0) } ?? false
      // "fired Abdel-Maguid Mahmoud": a name right after it is the one dismissed.
      let named = end < tokens.count && tokens[end].isCapitalized && tokens[end].isWord
      if !aimed && (object.first == "from" || passive || named || ["the", "his", "her", "their", "its"].contains(object.first ?? "")) {
        return .sanction
      }
    }
    // "blasted the ruling as a disgrace" is criticism; "blasted rebel positions with
    // artillery" is shelling.
    if trigger.type == .accuse, ["blast", "blasts", "blasted", "blasting"].contains(tokens[start].lower),
      object.contains(where: { projectiles.contains($0) || shelledTargets.contains($0) })
    {
      return .assault
    }
    // "bans imports of oil from Russia": a ban on trade or travel is a sanction.
    if trigger.type == .coerce, ["ban", "bans", "banned", "banning"].contains(tokens[start].lower),
      object.prefix(3).contains(where: { bannedTrade.contains($0) })
    {
      return .sanction
    }
    switch trigger.type {
    case .retreat where object.contains(where: { sanctionedObjects.contains($0) }):
      return .sanction
    case .concede where object.contains(where: { ["blockade", "siege", "closure", "closures", "checkpoints"].contains($0) }):
      return .retreat
    default:
      return trigger.type
    }
  }

  /// The forms of "strike", which may strike a deal.
  static let strikeForms: Set<String> = ["strike", "strikes", "struck", "striking", "stricken"]

  /// Nouns of agreements one strikes.
  static let dealNouns: Set<String> = [
    "deal", "deals", "agreement", "agreements", "bargain", "compromise", "accord", "pact",
    "truce", "balance", "chord", "note", "tone", "pose", "understanding",
  ]

  /// Whether "strike" at `i` strikes a deal: the deal follows within three words ("struck a
  /// last-minute deal") or was struck ("a deal was struck", "the agreement they struck").
  static func strikesADeal(at i: Int, _ tokens: [Token]) -> Bool {
    // After: "struck a deal", "struck a last-minute deal", "strike an agreement".
    if i + 1 < tokens.count, ["a", "an", "the", "this", "that", "their", "its"].contains(tokens[i + 1].lower) || dealNouns.contains(tokens[i + 1].lower),
      tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: { dealNouns.contains($0.lower) })
    {
      return true
    }
    // Before: "a deal was struck", "the agreement they struck", "the deal had been struck".
    var k = i - 1
    while k >= 0, i - k <= 3, dealGlue.contains(tokens[k].lower) { k -= 1 }
    return k >= 0 && k < i - 1 && dealNouns.contains(tokens[k].lower)
  }

  /// Words between a deal and the "struck" after it ("a deal was struck", "the deal they struck").
  static let dealGlue: Set<String> = ["was", "were", "had", "has", "been", "is", "they", "he", "she", "it", "we", "that", "which", "be"]

  /// The forms of "fire", which is gunfire or a dismissal.
  static let fireForms: Set<String> = ["fire", "fired", "fires", "firing"]

  /// Words right before a participle that make it passive ("was fired", "just fired").
  static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "be", "is", "are", "being", "get", "got", "just"]

  /// What is fired when firing is gunfire.
  static let projectiles: Set<String> = [
    "shots", "shot", "rockets", "rocket", "missiles", "missile", "shells", "shell", "mortars",
    "mortar", "rounds", "bullets", "guns", "weapons", "salvo", "salvos", "volley", "volleys",
    "tear", "warning", "projectiles", "drones", "artillery", "torpedo", "torpedoes", "grenades",
    "flares", "cannon", "cannons", "munitions",
  ]

  /// What a ban that is a sanction stops ("banned imports", "bans flights").
  static let bannedTrade: Set<String> = [
    "imports", "import", "exports", "export", "flights", "trade", "purchases", "sales", "shipments",
    "investment", "investments", "entry", "travel", "transactions", "deliveries", "supplies",
  ]

  /// What shelling is aimed at ("blasted rebel positions").
  static let shelledTargets: Set<String> = [
    "positions", "position", "targets", "bases", "base", "strongholds", "hideouts", "camps",
    "convoy", "convoys", "bunkers", "trenches", "compound", "outposts", "hole", "holes",
  ]

  /// What a withdrawal takes back as a sanction rather than a retreat.
  static let sanctionedObjects: Set<String> = [
    "inspectors", "observers", "monitors", "diplomats", "ambassador", "ambassadors", "envoy",
    "aid", "workers", "staff", "embassy", "recognition", "support", "funding", "investment",
  ]

  /// "staged demonstrations to demand reforms", "rioted, calling for his removal": the
  /// demand is what the protest is for, not a second event between the same sides.
  static func droppingPurposes(_ found: [FoundInteraction], _ tokens: [Token]) -> [FoundInteraction] {
    let protests = found.filter { $0.trigger.type == .protest && !$0.pairs.isEmpty }
    guard !protests.isEmpty else { return found }
    func sources(_ f: FoundInteraction) -> Set<String> { Set(f.pairs.map(\.source.id)) }
    return found.filter { f in
      guard f.trigger.type == .request || (f.trigger.type == .protest && f.trigger.form == .verb) else { return true }
      return !protests.contains { p in
        p.end <= f.start && f.start - p.end <= 12 && p.start != f.start && sources(f).isSubset(of: sources(p))
      }
    }
  }

  /// "rejected North Korea's demand to sever ties", "dismissed an appeal from X": the
  /// proposal being rejected is someone else's, not a new event of the rejecting side.
  /// Likewise "threatened to impose sanctions": the sanctions are the content of the threat.
  static func droppingRejectedProposals(_ found: [FoundInteraction], _ tokens: [Token]) -> [FoundInteraction] {
    // Cancelling or suspending something ("suspended aid deliveries", "cancelled a planned
    // visit") is the sanction; accepting or conceding to a demand is the concession.
    // What is demanded ("demanded that Israel ease restrictions") has not happened either.
    let responses: Set<InteractionType> = [.reject, .threaten, .sanction, .concede, .agree, .request, .coerce, .retreat]
    let rejections = found.filter { responses.contains($0.trigger.type)
        && ($0.trigger.form == .verb || $0.trigger.type == .reject || $0.trigger.type == .threaten)
    }
    guard !rejections.isEmpty else { return found }
    return found.filter { f in
      // "rejected proposed Israeli changes": a participle right after the rejection too.
      let participleAfterRejection = rejections.contains { r in
        r.trigger.type == .reject && f.start >= r.end && f.start - r.end <= 2
          && tokens[r.end..<f.start].allSatisfy { ClauseCues.objectFillers.contains($0.lower) }
      }
      guard f.trigger.form == .noun || f.trigger.isBaseOrThirdPerson || participleAfterRejection else { return true }
      return !rejections.contains { r in
        // A rejected ultimatum or warning goes too; a threat or refusal made by verb stays,
        // unless it is what a demand asks for ("demanded that its partners refuse to …").
        if f.trigger.form == .verb, f.trigger.type == .reject || f.trigger.type == .threaten, r.trigger.type != .request {
          return false
        }
        // Agreeing to talks keeps the talks; only a demand is absorbed by its acceptance.
        if r.trigger.type == .agree, f.trigger.type != .request { return false }
        // Lifting a curfew or blockade: the measure lifted is not imposed anew.
        if r.trigger.type == .concede || r.trigger.type == .retreat,
          ![.request, .coerce, .sanction].contains(f.trigger.type)
        {
          return false
        }
        // Breaking up a demonstration: the demonstration is what is repressed.
        if r.trigger.type == .coerce, f.trigger.type != .protest { return false }
        // A sanction absorbs only what it stops: aid, talks, visits, cooperation.
        if r.trigger.type == .sanction, !f.trigger.type.isCooperative { return false }
        if r.trigger.type == .request {
          guard f.trigger.type != .request else { return false }
          // "demanded that the US cancel", "urged Iraq to allow": the demand's own clause.
          return r.end <= f.start && f.start - r.end <= 10
            && !tokens[r.end..<f.start].contains { ($0.lower != "that" && ClauseCues.boundaries.contains($0.lower)) || $0.text == "," }
        }
        return r.end <= f.start && f.start - r.end <= 8
          && !tokens[r.end..<f.start].contains { ClauseCues.boundaries.contains($0.lower) || $0.text == "," }
      }
    }
  }

  /// "signed an agreement with B": the noun restates the verb's event with the same
  /// sides, so only the verb counts.
  static func droppingRestatedNouns(_ found: [FoundInteraction]) -> [FoundInteraction] {
    func sides(_ f: FoundInteraction) -> Set<String> {
      Set(f.pairs.flatMap { [$0.source.id, $0.target.id] })
    }
    return found.filter { noun in
      guard noun.trigger.form == .noun, !noun.isFollowUp else { return true }
      return !found.contains { verb in
        verb.trigger.form == .verb && verb.end <= noun.start && noun.start - verb.end <= 4
          && !verb.pairs.isEmpty && sides(verb) == sides(noun)
      }
    }
  }

  /// Words before a verb's base form that show it is a noun ("further military support").
  static let nounMarkers: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "our", "further", "military", "financial",
    "political", "strong", "full", "continued", "international", "of", "for", "with",
    "economic", "public", "broad", "diplomatic", "western", "popular", "moral",
    "unacceptable", "new", "fresh", "repeated", "such", "these", "those", "many", "several",
    "any", "no", "renewed", "humanitarian", "possible", "latest", "first", "direct", "up",
    "more", "maximum", "growing", "mounting", "increased", "all", "against",
  ]

  /// Whether the words after "meet" name a target met rather than a party ("that goal",
  /// "the 2 percent target", "their obligations").
  static func meetsATarget(after i: Int, _ tokens: [Token]) -> Bool {
    var k = i
    while k < tokens.count, k - i < 5 {
      let w = tokens[k].lower
      if targetNouns.contains(w) { return true }
      guard tokens[k].isWord || tokens[k].text.first?.isNumber == true || w == "%" || w == "-", !tokens[k].isCapitalized || k == i
      else { return false }
      k += 1
    }
    return false
  }

  /// Whether a word before a verb's base form makes it a noun: a singular common noun
  /// ("fuel demand", "campaign rally"), not a subject, modal, adverb or particle.
  static func isCompoundModifier(_ t: Token) -> Bool {
    let w = t.lower
    guard t.isWord, !t.isCapitalized, w.count > 2, w.allSatisfy(\.isLetter) else { return false }
    if w.hasSuffix("s") || w.hasSuffix("ly") || w.hasSuffix("ed") || w.hasSuffix("ing") { return false }
    return !verbNeighbours.contains(w)
  }

  /// Verbs whose base form heads compound nouns that are no event of the verb's type
  /// ("fuel demand", "campaign rally", "troop push", "data release").
  static let compoundHeads: Set<String> = [
    "demand", "demands", "rally", "rallies", "march", "marches", "push", "pushes", "release",
    "releases", "pressure", "pressures", "ask", "asks", "back", "backs",
  ]

  /// Words before a verb that leave it a verb: modals, pronouns, adverbs, conjunctions.
  static let verbNeighbours: Set<String> = [
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "not",
    "also", "still", "now", "often", "together", "again", "never", "always", "you", "they",
    "who", "which", "that", "and", "but", "then", "soon", "did", "does", "don't", "cannot",
    "later", "first", "once", "even", "only", "just", "too", "both", "all", "each", "either",
    "neither", "nor", "she", "her", "him", "them", "our", "your", "their", "his", "its", "the",
    "any", "one", "why", "how", "where", "when", "what", "whether", "let", "help",
    "helped", "make", "made", "see", "saw", "watch", "hear", "heard", "rather", "than", "else",
    "immediately", "further", "swiftly", "quickly", "fully", "formally", "already",
    "instead", "ever", "yet", "here", "there", "today", "tonight", "tomorrow", "yesterday",
    "week", "month", "year", "day", "morning", "afternoon", "evening", "night",
  ]

  /// Nouns after "press" that make it a noun: "press conference", "press secretary".
  static let pressCompounds: Set<String> = [
    "conference", "conferences", "release", "releases", "secretary", "briefing", "briefings",
    "office", "corps", "room", "freedom", "officer", "aide", "pool", "gallery", "statement",
    "service", "agency", "event", "availability", "union", "club", "council", "center", "centre",
  ]

  /// Verbs that "back" follows as a particle ("fight back", "hit back").
  static let particleVerbs: Set<String> = [
    "beat", "beats", "push", "pushes", "fight", "fights", "fought", "hit", "hits", "come", "comes",
    "came", "bring", "brings", "brought", "go", "goes", "went", "step", "steps", "scale", "scales",
    "roll", "rolls", "hold", "holds", "held", "cut", "cuts", "fire", "fires", "strike", "strikes",
    "struck", "pull", "pulls", "draw", "draws", "drew", "pay", "pays", "paid", "give", "gives",
    "gave", "turn", "turns", "look", "looks", "call", "calls", "talk", "talks", "write", "writes",
    "wrote", "send", "sends", "sent", "get", "gets", "got", "set", "sets", "sit", "sits", "sat",
    "stand", "stands", "stood", "win", "wins", "won", "way", "years", "months", "weeks", "days",
    "far", "further", "dates", "date", "be", "is", "are", "was", "were", "been",
  ]

  /// Nouns an act's name can describe ("strike weapons", "attack helicopters").
  static let describedThings: Set<String> = [
    "weapons", "weapon", "drones", "drone", "helicopters", "helicopter", "aircraft", "jets",
    "missiles", "missile", "capability", "capabilities", "songs", "song", "vehicles", "dogs",
  ]

  /// What is met when "meet" means to reach or satisfy something.
  static let targetNouns: Set<String> = [
    "goal", "goals", "target", "targets", "deadline", "deadlines", "demand", "demands",
    "requirement", "requirements", "criteria", "criterion", "standard", "standards",
    "obligation", "obligations", "commitment", "commitments", "expectations", "needs",
    "benchmark", "benchmarks", "threshold", "conditions", "quota", "pledge",
  ]

  /// The triggers whose phrase starts at `i`, longest first.
  private func triggers(at i: Int, _ tokens: [Token], afterActor: Bool = false) -> [Trigger]? {
    guard let list = TriggerLexicon.byFirstToken[tokens[i].lower] else { return nil }
    if i > 0 && tokens[i - 1].text == "-" { return nil }  // "so-called"
    let previous = i > 0 ? tokens[i - 1].lower : ""
    let matching = list.filter { trigger in
      guard i + trigger.tokens.count <= tokens.count else { return false }
      // A verb in its base form after a determiner or adjective is a noun: "their support".
      // A verb's base or -s form after a determiner or adjective is a noun:
      // "their support", "unacceptable demands", "the release of".
      if trigger.form == .verb, trigger.isBaseOrThirdPerson,
        InteractionFinder.nounMarkers.contains(previous)
      {
        return false
      }
      // "fuel demand", "a campaign rally": a verb's base form after a singular common noun
      // that names no actor is the head of a compound noun ("police arrest" stays a verb);
      // "press conference", "press secretary" too.
      if trigger.form == .verb, trigger.isBaseOrThirdPerson, trigger.tokens.count == 1, i > 0,
        !afterActor && InteractionFinder.compoundHeads.contains(tokens[i].lower)
          && InteractionFinder.isCompoundModifier(tokens[i - 1])
          || (tokens[i].lower == "press" && i + 1 < tokens.count && InteractionFinder.pressCompounds.contains(tokens[i + 1].lower))
      {
        return false
      }
      // "beating back the Islamic State", "hit back at": "back" as a particle.
      if trigger.form == .verb, tokens[i].lower == "back", i > 0,
        previous.hasSuffix("ing") || previous.hasSuffix("ed") || InteractionFinder.particleVerbs.contains(previous)
      {
        return false
      }
      // "Free Tibet" banners: a capitalised verb inside a sentence is part of a name.
      if trigger.form == .verb, i > 0, tokens[i].isCapitalized, tokens[i - 1].isWord || ["``", "\"", "'", "“"].contains(tokens[i - 1].text) {
        return false
      }
      // "signed up", "backed up", "called up": a one-word verb before "up" means something else
      // (the phrases that do mean an event, "beat up", are matched first as longer triggers).
      // ("up to 16 advisers" is a number.)
      if trigger.form == .verb, trigger.tokens.count == 1, i + 1 < tokens.count, tokens[i + 1].lower == "up",
        !(i + 3 < tokens.count && tokens[i + 2].lower == "to"
          && (tokens[i + 3].text.first?.isNumber == true || TimeLexicon.cardinals[tokens[i + 3].lower] != nil))
      {
        return false
      }
      // "U.N. aid convoys", "aid to Gaza": "aid" is a verb only after a modal or "to".
      if trigger.form == .verb, ["aid", "aids"].contains(tokens[i].lower),
        !["to", "will", "would", "could", "can", "may", "might", "should", "must"].contains(previous)
      {
        return false
      }
      // "from frozen facilities", "a banned party": a participle after a preposition or
      // article describes a noun.
      if trigger.form == .verb, trigger.tokens.count == 1, trigger.isPastForm || tokens[i].lower.hasSuffix("en"),
        ["from", "of", "a", "an", "with", "into", "by"].contains(previous)
      {
        return false
      }
      // "evacuated the wounded": a participle after "the" is a noun.
      if trigger.form == .verb, previous == "the", trigger.tokens.count == 1, tokens[i].lower.hasSuffix("ed") {
        return false
      }
      // "the bombing of", "a meeting": an -ing form after a determiner is a noun.
      if trigger.form == .verb, tokens[i].lower.hasSuffix("ing"),
        ["the", "a", "an", "this", "that", "their", "its"].contains(previous)
          // "last month's killing": a time's, not an actor's
          || (previous == "'s" && i >= 2 && InteractionFinder.timeNouns.contains(tokens[i - 2].lower))
      {
        return false
      }
      // "Jordan's visiting King Abdullah": a participle before a capitalised title or name.
      if trigger.form == .verb, tokens[i].lower.hasSuffix("ing"), i + 1 < tokens.count,
        tokens[i + 1].isCapitalized, !tokens[i].isCapitalized,
        ["'s", "the", "a", "his", "her", "their", "its"].contains(previous)
      {
        return false
      }
      // A gerund after a preposition has its own subject: "partnered in fighting the virus",
      // "accused X of attacking Y" (the accusation is the event).
      if trigger.form == .verb, tokens[i].lower.hasSuffix("ing"),
        ["in", "of", "for", "by", "after", "before", "from", "without", "on", "at"].contains(previous)
      {
        return false
      }
      // "strike weapons", "attack drones", "protest songs": an act's name before the noun it
      // describes is a kind of thing, not an act.
      // (A verb's base form is such a name too, unless a modal, "to", a pronoun or a named
      // subject says it is the verb: "will withdraw weapons", "they attack drones".)
      if trigger.tokens.count == 1, i + 1 < tokens.count,
        trigger.form == .noun
          || (trigger.isBaseOrThirdPerson && i > 0 && !tokens[i - 1].isCapitalized
            && !["to", "will", "would", "could", "can", "may", "might", "should", "must", "they", "we", "i", "you", "not"].contains(previous)),
        InteractionFinder.describedThings.contains(tokens[i + 1].lower)
      {
        return false
      }
      // "meeting that goal", "met the deadline": meeting a target is no meeting.
      if trigger.type == .consult, ["meet", "meets", "met", "meeting"].contains(tokens[i].lower),
        InteractionFinder.meetsATarget(after: i + 1, tokens)
      {
        return false
      }
      for (k, word) in trigger.tokens.enumerated() where tokens[i + k].lower != word { return false }
      return true
    }
    return matching.isEmpty ? nil : matching
  }

  private func analyse(
    _ trigger: Trigger, start: Int, end: Int, _ tokens: [Token], _ spans: [ActorSpan]
  ) -> FoundInteraction {
    var result = FoundInteraction(
      trigger: trigger, start: start, end: end, pairs: [], isMutual: trigger.isMutual,
      isFollowUp: false)
    if trigger.needsAidNoun && !tokens[end..<min(tokens.count, end + 8)].contains(where: {
      InteractionFinder.aidNouns.contains($0.lower)
    }) {
      return result
    }
    // "the Lavrov–Rubio call", "Chilean-Peruvian talks"
    if trigger.form == .noun, trigger.isMutual, let pair = dashPair(before: start, tokens, spans) {
      result.pairs = allPairs(pair)
      result.isMutual = true
      return result
    }
    // "Fidan told his counterpart Lavrov in a telephone call": the two sides of the clause.
    if trigger.form == .noun, trigger.isMutual, let pair = clauseSides(beforeCircumstantial: start, tokens, spans) {
      result.pairs = allPairs(pair)
      result.isMutual = true
      return result
    }
    // "…, a human rights group charged on Saturday.": a closing report, not an event.
    if trigger.form == .verb, isClosingReport(start: start, end: end, tokens, spans) { return result }
    // "Italy announced a suspension of …": the subject comes before the light verb, even
    // one that also reports.
    let lightVerb = trigger.form == .noun ? lightVerbOrPossessive(before: start, tokens) : nil
    let subjectLimit = lightVerb.map { tokens[$0].lower == "'s" ? start : $0 } ?? start
    var subjects = self.subjects(before: subjectLimit, tokens, spans, trigger: trigger)
    // "welcomed the decision to impose sanctions, adopted by the EU": the EU's act.
    if let decided = decisionSubjects(act: lightVerb.map { tokens[$0].lower == "'s" ? start : $0 } ?? start, tokens, spans, trigger: trigger) {
      subjects = decided
    }
    // "…, killing about 20 people": a participle after a comma shares the main clause's subject.
    if trigger.form == .verb, start > 0, tokens[start - 1].text == ",", tokens[start].lower.hasSuffix("ing"),
      let main = spans.first(where: { span in
        span.role == .participant && span.end < start
          && !(span.start > 0 && ClauseCues.topicPrepositions.contains(tokens[span.start - 1].lower))
      })
    {
      subjects = main.actors
    }
    // "ready to host a meeting between A and B": the host brings the two sides together.
    if trigger.form == .verb, trigger.mode == "visit", trigger.takesDirectObject,
      tokens[end..<min(tokens.count, end + 4)].contains(where: { ["meeting", "talks", "summit", "negotiations"].contains($0.lower) }),
      let group = between(after: end + 1, tokens, spans), group.count >= 2, !subjects.isEmpty
    {
      result.pairs = pairs(subjects, group)
      result.isMutual = false
      return result
    }
    // "talks between A and B", "a call between A and B"; "mediated between A and B"
    if trigger.preps.contains("between"), let group = between(after: end, tokens, spans),
      group.count >= 2
    {
      if trigger.betweenAreRecipients {
        result.pairs = pairs(subjects, group)
        result.isMutual = false
      } else {
        result.pairs = allPairs(group)
        result.isMutual = true
      }
      return result
    }
    if trigger.form == .noun && lightVerb == nil {
      // "stressed the importance of starting negotiations": no one holds these talks.
      subjects = []
      // "Palestinian riots against …", "Israeli strikes on …": the adjective is the holder.
      // "Israeli tank shelling": one plain word may stand between.
      let between = start > 0 ? tokens[start - 1] : nil
      let plainWordBetween =
        between.map { $0.isWord && !$0.isCapitalized && !ClauseCues.topicPrepositions.contains($0.lower) } ?? false
      if let holder = spans.last(where: { $0.end == start || ($0.end == start - 1 && plainWordBetween) }),
        holder.role == .modifier, start - holder.start <= 4
      {
        subjects = holder.actors
      }
      // "After a meeting with B, A said …", "A spoke after talks with B": a meeting in a
      // time adjunct is held by the clause's subject.
      if subjects.isEmpty, trigger.isMutual, trigger.type == .consult,
        let holder = adjunctHolder(of: start, end: end, tokens, spans)
      {
        subjects = holder
      }
    }
    // "ten Russian soldiers killed in Ukraine", "victims killed by the crash": a participle
    // after its noun is a passive whose patient is that noun, actor or not.
    let reduced = trigger.form == .verb && trigger.takesDirectObject && [.assault, .coerce].contains(trigger.type)
      && isReducedPassive(start: start, end: end, tokens)
    if reduced {
      let adjacent = spans.last(where: { $0.end == start && $0.role != .media })
      subjects = adjacent.map { $0.role == .participant ? $0.actors : [] } ?? []
      if subjects.isEmpty { return result }
    }
    let passive = trigger.form == .verb && (reduced || isPassive(start: start, tokens))
    if passive,
      let agent = spans.first(where: { $0.start > end && $0.start - 1 < tokens.count && tokens[$0.start - 1].lower == "by" && $0.role == .participant })
    {
      // "was received by X": X acts on the subject; "a camp for Congolese refugees was
      // attacked by X": with no subject, the actor named last before the verb.
      let patients = subjects.isEmpty
        ? (spans.last(where: { $0.end <= start && $0.role == .participant })?.actors ?? []) : subjects
      subjects = agent.actors
      result.pairs = pairs(subjects, patients)
      return result
    }
    if passive, trigger.takesDirectObject, !subjects.isEmpty {
      // "three soldiers were killed outside Basra": with no agent named, the country
      // where it happened acts on the subject; otherwise nobody is known to have acted.
      if let country = placeCountry(after: end, tokens, spans), let place = countryActor(country) {
        result.pairs = subjects.map { (place, $0) }
      }
      result.isMutual = false
      return result
    }
    let objects = self.objects(after: end, tokens, spans, trigger: trigger)
    // "A roadside bombing near Samarra killed a U.S. soldier": violence by no one named is
    // the place's.
    if subjects.isEmpty, !objects.isEmpty, trigger.type == .assault, trigger.form == .verb,
      tokens[max(0, start - 10)..<start].contains(where: { Self.violenceNouns.contains($0.lower) }),
      !spans.contains(where: { $0.end <= start && $0.start >= start - 10 && $0.role == .participant }),
      let country = ActorRecognizer.locatedCountry(spans, tokens), let place = countryActor(country)
    {
      subjects = [place]
    }
    if !objects.isEmpty && !subjects.isEmpty {
      result.pairs = pairs(subjects, objects)
      // "A met B", "A shared intelligence with B" are mutual; "A signed a deal with B" is A's
      // act towards B.
      result.isMutual = trigger.isMutual && (trigger.type == .consult || trigger.type == .cooperate)
    } else if subjects.count >= 2 && (trigger.isMutual || followedByEachOther(end, tokens)) {
      result.pairs = allPairs(subjects)
      result.isMutual = true
    } else if !subjects.isEmpty && trigger.type == .agree,
      let complement = complementRecipient(after: end, tokens, spans)
    {
      // "agreed to set up a centre in Tokyo", "offered to send troops to Liberia"
      result.pairs = pairs(subjects, complement)
      result.isMutual = false
    } else if subjects.isEmpty && objects.isEmpty && trigger.form == .noun && start > 0 {
      let before = tokens[start - 1].lower
      result.isFollowUp = ["the", "this", "that", "their", "its", "his", "her"].contains(before)
    }
    // "imposed a curfew in southern Tunisia" (Tunisia's own), "students demanded reforms".
    if result.pairs.isEmpty, !result.isFollowUp, !subjects.isEmpty,
      let target = implicitTarget(after: end, subjects: subjects, type: trigger.type, tokens, spans)
    {
      result.pairs = subjects.map { ($0, target) }
      result.isMutual = false
    }
    return result
  }

  /// Prepositions that put a meeting in a time adjunct of the clause ("after a meeting with").
  static let adjunctPrepositions: Set<String> = ["after", "during", "following", "at", "in"]

  /// The subject of the clause a meeting noun is a time adjunct of: the first actor after
  /// the comma closing a fronted adjunct ("During talks with B, A discussed …"), else the
  /// subject before the adjunct ("A, who spoke after a meeting with B, said …").
  func adjunctHolder(of start: Int, end: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    // "after a trilateral meeting", "during their talks", "at a joint news conference" (no).
    var p = start - 1
    while p >= 0, start - p <= 3, !Self.adjunctPrepositions.contains(tokens[p].lower) {
      let w = tokens[p]
      guard w.isWord, !w.isCapitalized || p == 0, !ClauseCues.boundaries.contains(w.lower) else { return nil }
      p -= 1
    }
    guard p >= 0, Self.adjunctPrepositions.contains(tokens[p].lower) else { return nil }
    // "in talks" only with an article or possessive between: "in a meeting with".
    if tokens[p].lower == "in", start - p < 2 { return nil }
    // The meeting needs its other side: "a meeting with B".
    guard end < tokens.count, tokens[end].lower == "with" else { return nil }
    let participant: (ActorSpan) -> Bool = { $0.role == .participant && !$0.isLocation }
    // Fronted: the adjunct opens the sentence; its holder follows the comma that ends it.
    // "Answering questions after a meeting with B, A said": a participle opening the
    // sentence, with no actor or comma of its own, is part of the adjunct.
    let participleOpening = p > 0 && (tokens[0].lower.hasSuffix("ing") || tokens[0].lower.hasSuffix("ed"))
      && !tokens[0..<p].contains { $0.text == "," }
      && !spans.contains { $0.end <= p && $0.role == .participant }
    let opening = participleOpening
      || tokens[0..<p].allSatisfy { !$0.isWord || ["and", "but", "so", "then", "later", "earlier", "also"].contains($0.lower) }
    if opening {
      guard let comma = tokens[end...].firstIndex(where: { $0.text == "," }),
        let holder = spans.first(where: { $0.start > comma && participant($0) }),
        holder.start - comma <= 12
      else { return nil }
      return holder.actors
    }
    // After the subject: the sentence's first actor, when no other clause starts between.
    guard let holder = spans.first(where: { $0.end <= p && participant($0) }),
      !tokens[holder.end..<p].contains(where: { ["and", "but", "while", "whereas", "as", "because", "said", "says"].contains($0.lower) || $0.text == ";" })
    else { return nil }
    return holder.actors
  }

  /// Every source with every target. A host is the source of a hosting, as in the
  /// PLOVER gold records ("A hosted B": A → B).
  private func pairs(_ sources: [PoliticalActor], _ targets: [PoliticalActor])
    -> [(source: PoliticalActor, target: PoliticalActor)]
  {
    var out: [(source: PoliticalActor, target: PoliticalActor)] = []
    for s in sources {
      for t in targets where s.id != t.id { out.append((s, t)) }
    }
    return out
  }

  /// The target of an act that names none: the country where it happens ("imposed a
  /// curfew in Algiers", "blocked roads in the capital"), else, for a group that is
  /// not a state body, its own government ("students demanded reforms"). A state acting
  /// in its own country is its own target: the event is domestic.
  func implicitTarget(
    after end: Int, subjects: [PoliticalActor], type: InteractionType, _ tokens: [Token], _ spans: [ActorSpan]
  ) -> PoliticalActor? {
    // Where talks are held is a venue, not a side.
    guard ![.consult, .cooperate].contains(type), let country = placeCountry(after: end, tokens, spans) else {
      // Aid, talks and force are given to someone: with no one named there is no target.
      guard ![.aid, .consult, .cooperate, .assault, .coerce, .mobilize, .support].contains(type),
        subjects.count == 1, let source = subjects.first, let country = source.country
      else { return nil }
      // "Young Algerians blocked roads": a people protesting protest at home.
      if source.kind == .country { return type == .protest ? countryActor(country) : nil }
      guard !BodyLexicon.stateSectors.contains(source.sector ?? "GOV") else { return nil }
      return countryActor(country)
    }
    return countryActor(country)
  }

  /// The country of a place named in a locative phrase of the clause after `end`
  /// ("in Algiers", "into the capital", "throughout Indonesia").
  func placeCountry(after end: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> String? {
    let stops: Set<String> = [",", "if", "unless", "because", "while", "until", "whether", "who", "whose", "as", "after", "before", "since"]
    var k = end
    while k < tokens.count && k - end <= 14 && !ClauseCues.boundaries.contains(tokens[k].lower)
      && !stops.contains(tokens[k].lower)
    {
      k += 1
    }
    let locatives: Set<String> = ["in", "into", "at", "near", "throughout", "across", "outside", "inside", "of"]
    for span in spans where span.start > end && span.end <= k && span.role != .media {
      var p = span.start - 1
      while p > end && span.start - p <= 3
        && (tokens[p].lower == "the" || ActorRecognizer.compassWords.contains(tokens[p].lower))
      {
        p -= 1
      }
      guard span.isLocation, let country = span.actors.first?.country, span.actors.count == 1,
        locatives.contains(tokens[p].lower)
      else { continue }
      return country
    }
    return nil
  }

  /// Whether the verb at `start..<end` closes the sentence after a comma with a subject of
  /// its own that names no actor ("…, a rights group protested here Wednesday.").
  func isClosingReport(start: Int, end: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> Bool {
    guard let comma = tokens[max(0, start - 7)..<start].lastIndex(where: { $0.text == "," }),
      start - comma >= 2, !spans.contains(where: { $0.end > comma && $0.start < start })
    else { return false }
    let rest = tokens[end...].prefix { $0.text != "." }
    return rest.count <= 4 && !spans.contains(where: { $0.start >= end })
      && rest.allSatisfy { !$0.isWord || Self.closingWords.contains($0.lower)
        || TimeLexicon.weekdays[$0.lower] != nil || TimeLexicon.months[$0.lower] != nil
    }
  }

  static let closingWords: Set<String> = ["on", "here", "in", "a", "the", "statement", "late", "early", "last", "this", "week", "today", "yesterday"]

  /// The actor for a country, as the gazetteer names it.
  private func countryActor(_ iso3: String) -> PoliticalActor? {
    ActorFactory(gazetteer: gazetteer).country(iso3, alias: nil, sector: "GOV")
  }

  /// Time nouns whose possessive names no actor ("last week's meeting").
  static let timeNouns: Set<String> = [
    "week", "month", "year", "weekend", "day", "yesterday", "today", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "decade", "night",
  ]

  /// Nouns that make "sent … to X" an act of aid.
  static let aidNouns: Set<String> = [
    "aid", "arms", "weapons", "money", "dollars", "medicine", "medicines", "food", "supplies",
    "equipment", "assistance", "relief", "intelligence", "photographs", "help", "loan", "loans",
    "grant", "funds", "funding", "goods", "vaccines", "asylum", "tons", "tonnes", "grain",
    "fuel", "ammunition", "missiles", "tanks", "shelter", "refuge", "doctors", "medical",
    "humanitarian", "million", "billion",
  ]

  private func allPairs(_ actors: [PoliticalActor]) -> [(source: PoliticalActor, target: PoliticalActor)]
  {
    var unique: [PoliticalActor] = []
    for a in actors where !unique.contains(where: { $0.id == a.id }) { unique.append(a) }
    var out: [(source: PoliticalActor, target: PoliticalActor)] = []
    for i in unique.indices {
      for j in unique.indices where j > i { out.append((unique[i], unique[j])) }
    }
    return out
  }

  /// A past participle right after a noun and before "by" or a place ("soldiers killed in
  /// Ukraine", "victims killed by the crash"), with no auxiliary: a reduced passive.
  private func isReducedPassive(start: Int, end: Int, _ tokens: [Token]) -> Bool {
    guard start > 0, end < tokens.count, tokens[start].lower.hasSuffix("ed") || ["shot", "beaten", "held", "struck"].contains(tokens[start].lower)
    else { return false }
    let before = tokens[start - 1]
    guard before.isWord, !ClauseCues.auxiliaries.contains(before.lower),
      !["who", "which", "that", "and", "or", "been", "being", "be", "get", "got", "had", "have", "has"].contains(before.lower),
      ["by", "in", "near", "during", "outside", "inside"].contains(tokens[end].lower)
    else { return false }
    // A noun, not a name acting: "Israel attacked in the night" stays active.
    return !before.isCapitalized || before.lower.hasSuffix("s")
  }

  private func isPassive(start: Int, _ tokens: [Token]) -> Bool {
    guard start > 0 else { return false }
    // "is opposed to", "was committed to": an adjective, not a passive.
    if start + 1 < tokens.count, tokens[start + 1].lower == "to" { return false }
    // "was heavily criticized", "were later attacked": adverbs between.
    var p = start - 1
    while p > 0, start - p <= 2, (tokens[p].lower.hasSuffix("ly") && tokens[p].lower.count > 3) || ["also", "then", "later", "again", "not", "never"].contains(tokens[p].lower) {
      p -= 1
    }
    let previous = tokens[p].lower
    return ["was", "were", "been", "being", "is", "are"].contains(previous)
      && tokens[start].lower.hasSuffix("ed") || ["was", "were", "been"].contains(previous)
        && ["met", "received", "hosted", "welcomed", "called", "phoned", "put", "held", "shot", "beaten"].contains(tokens[start].lower)
  }

  /// "held talks", "had a phone call", "Lavrov's call": the light verb or possessive that gives
  /// a noun trigger the actor before it as subject, if any.
  private func lightVerbOrPossessive(before start: Int, _ tokens: [Token]) -> Int? {
    // Only determiners and modifiers may stand between: "held a first round of talks"
    // counts, "traded accusations of strikes" does not.
    var k = start - 1
    var skipped = 0
    while k >= 0 && skipped <= 4 {
      let w = tokens[k].lower
      // "its long-threatened invasion": a hyphen joins a modifier, it does not end the phrase.
      if w == "-" {
        k -= 1
        continue
      }
      if w == "'s" || InteractionFinder.lightVerbs.contains(w) { return k }
      // "held a first round of talks", "launched ten days of war games", "engaged in ethnic cleansing"
      if (w == "of" && k > 0 && InteractionFinder.portionNouns.contains(tokens[k - 1].lower))
        || (w == "in" && k > 0 && ["engaged", "involved", "participated", "engage", "engaging"].contains(tokens[k - 1].lower))
      {
        k -= 1
        skipped += 1
        continue
      }
      if ClauseCues.boundaries.contains(w) || ClauseCues.topicPrepositions.contains(w)
        || tokens[k].isPunctuation
      {
        return nil
      }
      k -= 1
      skipped += 1
    }
    return nil
  }

  /// Nouns for violence done by no one named: "a roadside bombing … killed".
  static let violenceNouns: Set<String> = [
    "bombing", "bomb", "explosion", "blast", "attack", "ambush", "shelling", "mine", "minefield",
    "device", "rocket", "missile", "grenade", "car", "gunfire", "gunmen", "assailants",
  ]

  /// Nouns that measure out an event: "a round of talks", "three days of war games".
  static let portionNouns: Set<String> = [
    "round", "rounds", "series", "day", "days", "week", "weeks", "month", "months", "hours",
    "session", "sessions", "wave", "waves", "spate", "string", "campaign", "program", "programme",
  ]

  static let lightVerbs: Set<String> = [
    "hold", "holds", "held", "holding", "have", "has", "had", "having", "conduct", "conducted",
    "conducts", "make", "made", "makes", "pay", "paid", "pays", "concluded", "began", "begin",
    "begins", "opened", "open", "attend", "attended", "attends", "join", "joined", "host",
    "hosted", "reached", "reach", "signed", "sign", "struck", "launch", "launched", "impose",
    "imposed", "imposes", "announced", "unveiled", "adopted", "carry", "carried", "issued",
    "issue", "staged", "stage", "took", "take", "engaged", "resumed", "resume", "renewed",
    "renew", "undertook", "undertake", "undertakes", "continued", "continue", "completed",
    "started", "start", "wrapped", "opening", "held", "launching", "led", "mounted", "extend",
    "extended", "extends", "declared", "declare", "declares", "instituted", "institute",
    "organized", "organised", "organize", "organise", "called", "call", "speeded", "sped",
    "accelerated", "ordered", "stepped", "deepen", "deepened", "strengthen", "strengthened",
    "expand", "expanded", "boost", "boosted", "improve", "improved", "conducting", "staging", "making", "carrying", "imposing",
    "signing", "beginning", "starting", "sent", "send", "sends", "sending", "wrote", "write",
    "writes", "writing", "delivered", "deliver", "delivers", "handed", "addressed",
  ]

  private func followedByEachOther(_ end: Int, _ tokens: [Token]) -> Bool {
    guard end + 1 < tokens.count else { return false }
    let pair = tokens[end].lower + " " + tokens[end + 1].lower
    return pair == "each other" || pair == "one another"
  }
}
