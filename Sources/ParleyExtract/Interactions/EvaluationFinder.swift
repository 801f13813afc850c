/// "X said Y's plan was reckless", "Y's remarks are wrong, X said": a damning verdict on
/// an actor or on what it did, reported as someone's words, is that speaker's criticism of
/// the actor (PLOVER ACCUSE).
struct EvaluationFinder: Sendable {
  /// Verdicts that condemn.
  static let condemning: Set<String> = [
    "wrong", "disgraceful", "shameful", "outrageous", "irresponsible", "reckless", "dangerous",
    "hypocritical", "unacceptable", "appalling", "disgusting", "despicable", "deplorable",
    "reprehensible", "bizarre", "absurd", "ridiculous", "dishonest", "misleading", "false",
    "illegal", "unconstitutional", "destructive", "divisive", "inappropriate",
    "naive", "foolish", "weak", "incompetent", "unfit", "insulting", "cowardly", "troubling",
    "alarming", "baseless", "groundless", "unfounded", "racist", "sexist", "vile", "pathetic",
    "embarrassing", "unhelpful", "counterproductive", "provocative", "hostile", "unjustified",
    "incoherent", "misguided", "flawed", "disastrous", "catastrophic", "shortsighted", "unwise",
    "unhinged", "erratic", "lawless", "corrupt", "indefensible", "inexcusable",
  ]

  /// Words that may stand between the copula and the verdict ("was simply wrong").
  static let intensifiers: Set<String> = [
    "very", "deeply", "utterly", "simply", "absolutely", "so", "extremely", "totally",
    "completely", "just", "both", "clearly", "plainly", "profoundly", "truly", "really",
    "highly", "incredibly", "not", "only",
  ]

  static let copulas: Set<String> = ["is", "was", "were", "are", "been"]

  /// Where the clause holding the judged actor starts, looking back from the copula (a
  /// "while serving as …" inside the subject does not end it).
  static let judgedClauseEnds: Set<String> = [".", ";", ":", ",", "that", "but", "and", "(", ")", "\"", "“", "”", "if"]

  /// Reporting verbs whose subject gives the verdict.
  static let reportingVerbs: Set<String> = [
    "said", "says", "suggested", "suggests", "argued", "argues", "charged", "charges",
    "claimed", "claims", "insisted", "insists", "wrote", "writes", "tweeted", "declared",
    "added", "complained", "complains", "told", "stated", "contended", "asserted", "noted",
  ]

  /// ACCUSE interactions, one per verdict whose judged actor and speaker the sentence names.
  func interactions(tokens: [Token], spans: [ActorSpan]) -> [FoundInteraction] {
    var found: [FoundInteraction] = []
    // "if it were wrong", "would be reckless": no verdict given.
    if tokens.contains(where: { ["if", "would", "could", "might", "unless"].contains($0.lower) }) { return [] }
    for (i, token) in tokens.enumerated() where Self.condemning.contains(token.lower) {
      // The copula before the verdict: "was wrong", "is simply wrong", "were not only wrong".
      var c = i - 1
      while c >= 0, i - c <= 3, Self.intensifiers.contains(tokens[c].lower) { c -= 1 }
      guard c >= 1, Self.copulas.contains(tokens[c].lower), !tokens[c..<i].contains(where: { $0.lower == "not" }) else { continue }
      // The judged actor: the subject of the copula, or the owner of what is judged
      // ("Clinton's use of personal email … was hypocritical"), with no clause between.
      var k = c - 1
      while k >= 0, c - k <= 18, !Self.judgedClauseEnds.contains(tokens[k].lower), !Self.reportingVerbs.contains(tokens[k].lower) { k -= 1 }
      let clauseStart = k
      guard
        let judged = spans.first(where: { span in
          span.start > clauseStart && span.end <= c && span.role == .participant
            && (span.end == c || (span.end < tokens.count && tokens[span.end].lower == "'s"))
            // It opens the clause's subject: "Clinton's use of …", not "attacks against X".
            && tokens[(clauseStart + 1)..<span.start].allSatisfy { ["the", "his", "her", "its", "their"].contains($0.lower) }
        })
      else { continue }
      guard let speaker = speaker(before: clauseStart, after: i, tokens, spans) else { continue }
      let pairs = speaker.flatMap { s in judged.actors.filter { $0.id != s.id }.map { (source: s, target: $0) } }
      guard !pairs.isEmpty else { continue }
      // The verdict was given as reported, whatever plans the judged thing speaks of.
      let trigger = Trigger(
        tokens: [token.lower], type: .accuse, mode: nil, form: .verb, preps: [], takesDirectObject: false,
        isMutual: false, impliedStatus: .occurred)
      found.append(FoundInteraction(trigger: trigger, start: i, end: i + 1, pairs: pairs, isMutual: false, isFollowUp: false))
    }
    return found
  }

  /// Who gives the verdict: the subject of a reporting verb just before the judged clause
  /// ("McCain suggested [that] …"), or of one closing the sentence ("…, McCain said").
  func speaker(before clauseStart: Int, after verdict: Int, _ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    // Before: "<speaker> [adverbs] <verb> [time] [that]".
    var v = clauseStart
    if v >= 0, tokens[v].lower == "that" { v -= 1 }
    while v >= 0, clauseStart - v <= 4, !Self.reportingVerbs.contains(tokens[v].lower) { v -= 1 }
    if v >= 1, Self.reportingVerbs.contains(tokens[v].lower),
      let span = spans.last(where: { $0.end <= v && v - $0.end <= 7 && $0.role == .participant })
    {
      return span.actors
    }
    // After: "…," <speaker> <verb> or <verb> <speaker>.
    let rest = (verdict + 1)..<tokens.count
    guard let verb = rest.first(where: { Self.reportingVerbs.contains(tokens[$0].lower) }), verb - verdict <= 8,
      tokens[(verdict + 1)..<verb].contains(where: { $0.text == "," || $0.text == "”" || $0.text == "\"" || $0.text == "''" })
    else { return nil }
    if let span = spans.last(where: { $0.end <= verb && $0.start > verdict && $0.role == .participant }) { return span.actors }
    if let span = spans.first(where: { $0.start > verb && $0.start - verb <= 2 && $0.role == .participant }) { return span.actors }
    return nil
  }
}
