/// Reads the status (occurred, planned, negated, hypothetical) and mode of an
/// interaction from the words around its trigger.
enum InteractionStatusReader {
  static func status(of interaction: FoundInteraction, tokens: [Token], sentenceHasIf: Bool)
    -> InteractionStatus
  {
    let start = interaction.start
    // Words of the clause before the trigger (back to a clause boundary, at most 8 words).
    var window: [String] = []
    var k = start - 1
    while k >= 0 && window.count < 8 {
      let w = tokens[k].lower
      if [".", ";", "said", "says", "told", "but", "while", "after", "before"].contains(w) { break }
      window.append(w)
      k -= 1
    }
    // "denied reports that A had phoned B" anywhere before the trigger.
    if tokens[..<start].contains(where: { ClauseCues.denials.contains($0.lower) }) {
      return .negated
    }
    if window.contains(where: { ClauseCues.negations.contains($0) }) { return .negated }
    if start >= 2 && tokens[start - 1].lower == "to" {
      let governor = tokens[start - 2].lower
      if governor == "order" || ["ready", "willing", "prepared", "open", "hopes", "hope", "wants", "seeks"]
        .contains(governor)
      {
        return .hypothetical
      }
      // "a way to hold talks", "steps to resume dialogue"
      if prospectiveGovernors.contains(governor) { return .planned }
      if ["refused", "declined", "refuses", "declines", "failed", "fails", "refusing", "declining"]
        .contains(governor)
      {
        return .negated
      }
    }
    if let status = interaction.trigger.impliedStatus { return status }
    if isProspective(start, tokens) { return .planned }
    // "the importance of resuming talks": a trigger that begins talks, after "of" or "for".
    if start >= 1, inchoatives.contains(tokens[start].lower),
      ["for", "of", "toward", "towards"].contains(tokens[start - 1].lower)
    {
      return .planned
    }
    // "a Putin–Zelenskyy meeting would be possible", "the talks will take place"
    if interaction.trigger.form == .noun {
      let after = tokens[interaction.end..<min(tokens.count, interaction.end + 3)].map(\.lower)
      if after.contains(where: { ["would", "could", "might", "may"].contains($0) }) { return .hypothetical }
      if after.contains(where: { ["will", "'ll", "shall"].contains($0) }) { return .planned }
    }
    if window.contains(where: { ClauseCues.hypothetical.contains($0) }) { return .hypothetical }
    if sentenceHasIf && tokens[start...].contains(where: { $0.lower == "if" }) { return .hypothetical }
    if window.contains(where: { ClauseCues.planned.contains($0) }) {
      // "agreed" / "offered" themselves are events; they make a following "to meet" planned.
      let plannedCue = window.contains { ClauseCues.planned.contains($0) && !intents.contains($0) }
      // "invited B to pay a visit", "agreed to hold talks": the intent governs an infinitive.
      let governsInfinitive = window.firstIndex { intents.contains($0) }.map { at in
        window[..<at].contains("to")
      } ?? false
      if plannedCue || governsInfinitive || (start >= 1 && tokens[start - 1].lower == "to") { return .planned }
    }
    return .occurred
  }

  /// Planned cues that are events themselves ("agreed", "invited"): they make only a
  /// following infinitive planned ("agreed to meet"), not their own clause.
  static let intents: Set<String> = ["agreed", "decided", "proposed", "offered", "arranged", "invited"]

  /// Whether a noun trigger names talks still to come: "prerequisites for starting
  /// negotiations", "a way to hold talks", "conditions for talks", "called for a meeting".
  static func isProspective(_ start: Int, _ tokens: [Token]) -> Bool {
    var k = start - 1
    // "for starting direct negotiations", "for the talks": skip up to three modifiers.
    while k >= 0, start - k <= 3, tokens[k].isWord, !tokens[k].isCapitalized,
      !prospectiveGovernors.contains(tokens[k].lower), !inchoatives.contains(tokens[k].lower),
      !ClauseCues.boundaries.contains(tokens[k].lower), !ClauseCues.topicPrepositions.contains(tokens[k].lower)
    {
      k -= 1
    }
    guard k >= 1 else { return false }
    let word = tokens[k].lower
    let before = tokens[k - 1].lower
    // "ahead of the summit", "ahead of his meeting with B"
    if word == "of" && before == "ahead" { return true }
    if inchoatives.contains(word) {
      return ["for", "to", "of", "toward", "towards", "on"].contains(before)
    }
    return ["for", "toward", "towards"].contains(word) && prospectiveGovernors.contains(before)
  }

  /// Verbs that begin or hold talks, which after "for", "to" or "of" look ahead.
  static let inchoatives: Set<String> = [
    "start", "starting", "launch", "launching", "resume", "resuming", "begin", "beginning",
    "hold", "holding", "open", "opening", "restart", "restarting", "convene", "convening",
    "organize", "organise", "organizing", "organising",
  ]

  /// Nouns and verbs that govern talks still to come with "for" or "toward". Readiness,
  /// hopes and proposals are left to the hypothetical cues.
  static let prospectiveGovernors: Set<String> = [
    "prerequisites", "prerequisite", "conditions", "condition", "path", "way", "ground",
    "groundwork", "preparations", "plans", "plan", "roadmap", "framework", "call", "calls",
    "called", "calling", "push", "pushed", "pushing", "pressed", "pressing", "basis", "steps",
    "move", "moves", "efforts",
  ]

  /// The PLOVER mode: the trigger's own, or "phone" when the sentence says so,
  /// or "multilateral" when more than two sides meet.
  static func mode(of interaction: FoundInteraction, tokens: [Token]) -> String? {
    if let mode = interaction.trigger.mode { return mode }
    guard interaction.trigger.type == .consult else { return nil }
    let from = max(0, interaction.start - 4)
    let to = min(tokens.count, interaction.end + 7)
    if tokens[from..<to].contains(where: {
      ["phone", "telephone", "telephoned", "phoned", "call", "videoconference"].contains($0.lower)
    }) {
      return "phone"
    }
    var ids = Set<String>()
    for pair in interaction.pairs {
      ids.insert(pair.source.id)
      ids.insert(pair.target.id)
    }
    if ids.count > 2 { return "multilateral" }
    return nil
  }
}
