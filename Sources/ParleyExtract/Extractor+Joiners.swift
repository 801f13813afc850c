import ParleyIngest

/// "Merkel and Trump met on Thursday. Tillerson and Gabriel also participated.": those who
/// joined a meeting just told of met its sides, on its day.
extension Extractor {
  /// Verb phrases for taking part in a meeting already named.
  static let joiningPhrases: [[String]] = [
    ["participated"], ["attended"], ["took", "part"], ["joined", "them"], ["joined", "the", "meeting"],
    ["joined", "the", "talks"], ["were", "present"], ["was", "present"], ["sat", "in"],
  ]

  /// The meetings with those who joined the occurred meeting of the last three sentences,
  /// when the sentence says a group at its start "also participated" (or attended, took
  /// part, joined the talks) and names no one else. Nil when it says no such thing.
  static func joiners(
    _ tokens: [Token], _ spans: [ActorSpan], index: Int, sentence: String, article: Article,
    earlier: EarlierMentions
  ) -> [Mention]? {
    guard let first = spans.first, first.start <= 4, first.role == .participant else { return nil }
    var group = first.actors
    var last = 0
    while last + 1 < spans.count {
      let link = tokens[spans[last].end..<spans[last + 1].start].map(\.lower)
      guard link == ["and"] || link == [","] || link == [",", "and"], spans[last + 1].role == .participant else { break }
      last += 1
      group += spans[last].actors
    }
    var k = spans[last].end
    while k < tokens.count, ["also", "both", "too", "had", "have", "has"].contains(tokens[k].lower) { k += 1 }
    guard let phrase = joiningPhrases.first(where: { p in
      k + p.count <= tokens.count && zip(p, tokens[k..<(k + p.count)]).allSatisfy { $0 == $1.lower }
    }) else { return nil }
    // Nobody else may be named before a comma or the end: "attended a dinner with B" is
    // an event of its own.
    let after = k + phrase.count
    let stop = tokens[after...].firstIndex { $0.text == "," || $0.lower == "according" } ?? tokens.count
    guard !spans.contains(where: { $0.start >= after && $0.end <= stop && $0.role == .participant }) else { return nil }
    guard let meeting = earlier.last(within: 3, of: index, where: { $0.type == .consult && $0.status == .occurred })
    else { return nil }
    // Every side of that meeting, as its sentence gave them.
    var sides: [PoliticalActor] = []
    for m in earlier.all where m.sentence == meeting.sentence && m.type == .consult && m.status == .occurred {
      for actor in [m.source, m.target] where !sides.contains(where: { $0.id == actor.id }) { sides.append(actor) }
    }
    var result: [Mention] = []
    var seen = Set<String>()
    let trigger = tokens[k..<after].map(\.text).joined(separator: " ")
    func add(_ x: PoliticalActor, _ y: PoliticalActor) {
      // Colleagues of one side are no counterparts.
      guard x.id != y.id, x.country == nil || x.country != y.country else { return }
      let (a, b) = x.id < y.id ? (x, y) : (y, x)
      guard seen.insert(a.id + "|" + b.id).inserted else { return }
      var m = Mention(
        article: article.path, articleDate: article.date, sentence: index, evidence: sentence,
        source: a, target: b, type: .consult, mode: meeting.mode, reciprocal: true,
        date: meeting.date, dateText: meeting.dateText, datePrecision: meeting.datePrecision, status: .occurred,
        trigger: trigger)
      m.dateValue = meeting.dateValue
      result.append(m)
    }
    for (n, joiner) in group.enumerated() {
      if sides.contains(where: { $0.id == joiner.id }) { continue }
      for side in sides { add(joiner, side) }
      for other in group[(n + 1)...] where !sides.contains(where: { $0.id == other.id }) { add(joiner, other) }
    }
    return result.isEmpty ? nil : result
  }
}
