/// "X said Y must …": a demand reported as an obligation. The speaker asks
/// the actor that must act (PLOVER REQUEST).
struct ObligationFinder: Sendable {
  static let modals: Set<String> = ["must", "should"]
  static let reportingVerbs: Set<String> = [
    "said", "says", "declared", "declares", "reiterated", "reiterates", "insisted", "insists",
    "stressed", "stresses", "concluded", "stated", "warned", "argued", "told", "demanded",
    "believes", "believed", "added", "announced", "urged",
  ]

  /// REQUEST interactions for each "<speaker> <reporting verb> [that] <actor> must/should".
  func interactions(tokens: [Token], spans: [ActorSpan]) -> [FoundInteraction] {
    var found: [FoundInteraction] = []
    for (i, token) in tokens.enumerated() where Self.modals.contains(token.lower) {
      // The obliged actor ends right before the modal ("China must", "US and British forces must").
      guard var last = spans.lastIndex(where: { $0.end == i && $0.role != .media }) else { continue }
      // "the rebels in Darfur must": the place belongs to the actor before it.
      if spans[last].isLocation, last > 0, spans[last].start >= 1,
        ["in", "of", "from"].contains(tokens[spans[last].start - 1].lower),
        spans[last - 1].end == spans[last].start - 1
      {
        last -= 1
      }
      var obliged = spans[last].actors
      var first = last
      while first > 0 {
        let link = tokens[spans[first - 1].end..<spans[first].start].map(\.lower)
        guard link == ["and"] || link == [","], spans[first - 1].role != .media else { break }
        obliged = spans[first - 1].actors + obliged
        first -= 1
      }
      // The reporting verb just before it: "said that", "said on Tuesday that", "said".
      var k = spans[first].start - 1
      while k >= 0 && ["the", "its", "their"].contains(tokens[k].lower) { k -= 1 }
      var verb = -1
      if k >= 0 && Self.reportingVerbs.contains(tokens[k].lower) {
        verb = k
      } else if k >= 0 && tokens[k].lower == "that" {
        var j = k - 1
        while j >= 0 && k - j <= 5 && !Self.reportingVerbs.contains(tokens[j].lower) { j -= 1 }
        if j >= 0 && Self.reportingVerbs.contains(tokens[j].lower) { verb = j }
      }
      guard verb >= 0 else { continue }
      var j = verb - 1
      // Skip adverbs and times between speaker and verb ("said on Friday" comes after).
      while j >= 0 && tokens[j].lower.hasSuffix("ly") { j -= 1 }
      // The speaker: the last actor before the verb that is not inside a phrase of its own
      // ("The Red Cross operating in Iraq said": the Red Cross).
      guard
        let speakerSpan = spans.last(where: { span in
          span.end <= verb && span.end >= j - 6 && span.role == .participant
            && !(span.start > 0 && ClauseCues.topicPrepositions.contains(tokens[span.start - 1].lower))
        })
      else { continue }
      let pairs = speakerSpan.actors.flatMap { s in
        obliged.filter { $0.id != s.id }.map { (source: s, target: $0) }
      }
      guard !pairs.isEmpty else { continue }
      let trigger = Trigger(
        tokens: [token.lower], type: .request, mode: nil, form: .verb, preps: [],
        takesDirectObject: false, isMutual: false)
      found.append(
        FoundInteraction(
          trigger: trigger, start: i, end: i + 1, pairs: pairs, isMutual: false, isFollowUp: false))
    }
    return found
  }
}
