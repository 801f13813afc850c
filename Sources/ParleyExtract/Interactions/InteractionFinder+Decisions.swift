/// Acts named as someone's decision: "Russia's decision to impose sanctions", "the move by
/// France to send troops", "welcomed the decisions to impose new sanctions, which were
/// adopted by the EU and Canada". The act is the decision-maker's; whoever merely welcomes
/// or condemns the decision is not its author, and reacts to that author.
extension InteractionFinder {
  /// Nouns for a decision whose content follows as an infinitive.
  static let decisionNouns: Set<String> = [
    "decision", "decisions", "move", "moves", "step", "steps", "plan", "plans", "intention",
    "intentions", "choice", "resolve",
  ]

  /// Determiners and modifiers before a decision noun ("this latest decision"), beyond
  /// `ClauseCues.objectFillers`.
  static let decisionModifiers: Set<String> = ["this", "that", "these", "those", "latest", "recent"]

  /// Verbs that react to a decision someone else took.
  static let reactionVerbs: Set<String> = [
    "welcome", "welcomes", "welcomed", "welcoming", "praise", "praises", "praised", "praising",
    "hail", "hails", "hailed", "hailing", "applaud", "applauds", "applauded", "appreciate",
    "appreciates", "appreciated", "condemn", "condemns", "condemned", "condemning", "criticize",
    "criticizes", "criticized", "criticise", "criticises", "criticised", "denounce", "denounces",
    "denounced", "slammed", "slams", "regret", "regrets", "regretted", "support", "supports",
    "supported", "backed", "backs", "oppose", "opposes", "opposed", "reject", "rejects",
    "rejected", "protested", "decried", "lauded", "commended", "commends", "endorsed", "endorses",
  ]

  /// The decision phrase before an infinitive act at `act` ("… the decision of X to
  /// <act>"): the index of the decision noun, or nil when the act is not one.
  func decisionNoun(beforeAct act: Int, _ tokens: [Token]) -> Int? {
    guard act >= 2, tokens[act - 1].lower == "to" else { return nil }
    // "the decision to", "the move by France to", "the decision of the EU to"
    var k = act - 2
    while k >= 0, act - k <= 8 {
      let w = tokens[k].lower
      if Self.decisionNouns.contains(w) { return k }
      if ClauseCues.boundaries.contains(w) || tokens[k].text == "," { return nil }
      k -= 1
    }
    return nil
  }

  /// The author of the decision whose noun is at `noun`: the actor after "of" or "by", right
  /// after the noun or later in the sentence ("…, which were adopted by the EU and Canada"),
  /// or the possessor ("Russia's decision"). Empty when the text does not name one there.
  func decisionAuthor(noun: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor] {
    if let index = spans.firstIndex(where: { span in
      span.start > noun + 1 && span.role == .participant
        && (tokens[span.start - 1].lower == "by" || (tokens[span.start - 1].lower == "of" && span.start - noun <= 3))
    }) {
      return coordinated(from: index, spans, tokens, before: tokens.count)
    }
    if let verb = governingVerb(of: noun, tokens), verb >= 1, tokens[verb].lower == "'s",
      let owner = spans.last(where: { $0.end == verb && $0.role == .participant })
    {
      return owner.actors
    }
    return []
  }

  /// The word that governs a decision noun, past its determiner and modifiers ("announced
  /// its latest decision", "Russia's decision"): a verb, or "'s" for a possessor.
  func governingVerb(of noun: Int, _ tokens: [Token]) -> Int? {
    var p = noun - 1
    while p >= 0, noun - p <= 4 {
      let w = tokens[p].lower
      if w == "'s" || Self.reactionVerbs.contains(w) { return p }
      guard tokens[p].isWord, !tokens[p].isCapitalized else { return nil }
      if !ClauseCues.objectFillers.contains(w) && !Self.decisionModifiers.contains(w) && !w.hasSuffix("ly") {
        // The first word that is no determiner or modifier is the verb.
        return w.hasSuffix("ed") || w.hasSuffix("s") || ["made", "took", "take", "make"].contains(w) ? p : nil
      }
      p -= 1
    }
    return nil
  }

  /// Who does an act named as a decision, when it is one ("… decision to <act>"): its
  /// author, nobody known (a decision only reacted to: "welcomed the decision to expel
  /// diplomats"), or the subject of the verb that announces it ("Russia announced its
  /// decision to impose sanctions"). Nil when the act is not named as a decision.
  func decisionSubjects(act: Int, _ tokens: [Token], _ spans: [ActorSpan], trigger: Trigger) -> [PoliticalActor]? {
    guard let noun = decisionNoun(beforeAct: act, tokens) else { return nil }
    let author = decisionAuthor(noun: noun, tokens, spans)
    if !author.isEmpty { return author }
    guard let verb = governingVerb(of: noun, tokens), tokens[verb].lower != "'s" else { return nil }
    if Self.reactionVerbs.contains(tokens[verb].lower) { return [] }
    let announcer = subjects(before: verb, tokens, spans, trigger: trigger)
    return announcer.isEmpty ? nil : announcer
  }

  /// The side a reaction ending at `end` is aimed at when what it reacts to is a decision
  /// ("welcomed the decision of the EU to …"): the decision's author, or nobody when the
  /// text does not name one. Nil when the reaction is not to a decision.
  func decisionReactedTo(after end: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    var k = end
    while k < tokens.count, k - end <= 3, ClauseCues.objectFillers.contains(tokens[k].lower)
      || Self.decisionModifiers.contains(tokens[k].lower)
    {
      k += 1
    }
    guard k < tokens.count, Self.decisionNouns.contains(tokens[k].lower) else { return nil }
    return decisionAuthor(noun: k, tokens, spans)
  }
}
