import ParleyIngest

/// Turns an article into interaction mentions: sentences, actors, time
/// expressions, triggers with their arguments, status and date.
///
/// An `Extractor` is immutable and can be shared across tasks.
public struct Extractor: Sendable {
  let recognizer: ActorRecognizer
  let finder: InteractionFinder
  let tagger = TimeTagger()
  let splitter = SentenceSplitter()
  let tokenizer = Tokenizer()

  /// Creates an extractor using `gazetteer` (Parley's built-in one by default).
  public init(gazetteer: Gazetteer = .shared) {
    self.recognizer = ActorRecognizer(gazetteer: gazetteer)
    self.finder = InteractionFinder(gazetteer: gazetteer)
  }

  /// The body sentences of `article`, in order; a mention's `sentence` indexes this list.
  public func sentences(of article: Article) -> [String] {
    article.paragraphs.flatMap { splitter.sentences(in: $0) }
  }

  /// The interaction mentions of `article`, in sentence order.
  public func mentions(in article: Article) -> [Mention] {
    var budget = WorkBudget.unlimited
    return mentions(in: article, budget: &budget) ?? []
  }

  /// The interaction mentions of `article`, in sentence order, or nil when they cost more
  /// than what is left of `budget` (extraction then stops at the sentence that exhausted it).
  public func mentions(in article: Article, budget: inout WorkBudget) -> [Mention]? {
    var context = ArticleContext(date: article.date)
    if let title = article.title {
      context.speaker = recognizer.speaker(ofHeadline: title, context: &context)
    }
    var earlier = EarlierMentions()
    var index = 0
    for paragraph in article.paragraphs {
      for sentence in splitter.sentences(in: paragraph) {
        let found = self.mentions(
          inSentence: sentence, index: index, article: article, context: &context, earlier: earlier, budget: &budget)
        if budget.isExhausted { return nil }
        earlier.append(contentsOf: found)
        index += 1
      }
    }
    guard let outlet = article.outlet else { return earlier.all }
    return earlier.all.map { var m = $0; m.outlet = outlet; return m }
  }

  /// The mentions of one sentence, given what the article said before it.
  func mentions(
    inSentence sentence: String, index: Int, article: Article, context: inout ArticleContext,
    earlier: EarlierMentions, budget: inout WorkBudget
  ) -> [Mention] {
    let tokens = Self.unbracketingAcronyms(tokenizer.tokens(in: sentence))
    budget.charge(tokens.count)
    guard !tokens.isEmpty else { return [] }
    let spans = recognizer.spans(in: tokens, context: &context)
    let found = finder.interactions(tokens: tokens, spans: spans)
    guard !found.isEmpty else {
      return Self.joiners(tokens, spans, index: index, sentence: sentence, article: article, earlier: earlier) ?? []
    }
    // The sentence's time expressions, found when a mention first needs them.
    var times: [TimeExpression]?
    var result: [Mention] = []
    var seen = Set<String>()
    var groupFromInteraction: [PoliticalActor]?
    var directedGroup = false
    let joint = Self.isJointMeeting(tokens)
    for interaction in found {
      let status = InteractionStatusReader.status(
        of: interaction, tokens: tokens, sentenceHasIf: tokens.contains { $0.lower == "if" })
      var pairs = interaction.pairs
      var followed: Mention?
      if interaction.isFollowUp {
        let type = interaction.trigger.type
        // "the investigation" restates an investigation, not any accusation before it.
        let mode = interaction.trigger.mode
        let restates: (Mention) -> Bool = { $0.type == type && (mode != "investigate" || $0.mode == mode) }
        // "the trip" restates the visit before it rather than a meeting named after it.
        let sameMode: (Mention) -> Bool = { restates($0) && mode != nil && $0.mode == mode }
        guard
          let antecedent = result.last(where: sameMode) ?? earlier.last(within: 4, of: index, where: sameMode)
            ?? result.last(where: restates) ?? earlier.last(within: 4, of: index, where: restates)
        else { continue }
        followed = antecedent
        pairs = [(antecedent.source, antecedent.target)]
      }
      let mode = InteractionStatusReader.mode(of: interaction, tokens: tokens) ?? followed?.mode
      // A meeting with several named partners ("had dinner with A and B", "during a
      // meeting with A and B, C said") is one meeting of all of them; calls are not.
      if followed == nil, interaction.isMutual {
        if joint {
          pairs = Self.everyPair(of: pairs)
        } else if mode == "multilateral", !Self.speechTriggers.contains(tokens[interaction.start].lower) {
          pairs = Self.withPartnersPaired(pairs)
        }
      }
      budget.charge(pairs.count * WorkBudget.stepsPerPair)
      if budget.isExhausted { return result }
      for (source, target) in pairs {
        if Self.isOwnSide(source, target, interaction.trigger.type)
          || Self.isCrowdAudience(source, target, interaction.trigger.type)
        {
          continue
        }
        let mutual =
          followed?.reciprocal
          ?? (interaction.isMutual && !(interaction.trigger.mode == "visit"))
        // An occurred mutual event has no direction: its sides go in canonical order. A
        // planned one is still the subject's offer ("said they would meet B").
        let effective = followed?.status ?? status
        let (a, b) =
          mutual && effective == .occurred && target.id < source.id ? (target, source) : (source, target)
        // A planned visit and the phone call that arranged it are two events.
        let key = "\(a.id)|\(b.id)|\(interaction.trigger.type.rawValue)|\(effective.rawValue)|\(mode ?? "")"
        guard seen.insert(key).inserted else { continue }
        var mention = Mention(
          article: article.path, articleDate: article.date, sentence: index, evidence: sentence,
          source: a, target: b, type: interaction.trigger.type, mode: mode, reciprocal: mutual,
          date: nil, dateText: nil, datePrecision: nil, status: effective,
          trigger: tokens[interaction.start..<interaction.end].map(\.text).joined(separator: " "))
        if times == nil { times = tagger.expressions(in: sentence, anchor: article.date) }
        EventDating.date(
          &mention, interaction: interaction, tokens: tokens, times: times ?? [],
          otherTriggers: otherEvents(than: interaction, in: found),
          antecedent: followed ?? antecedent(of: mention, in: earlier, result)
            ?? Self.narrativeAntecedent(of: mention, tokens, in: earlier, result))
        result.append(mention)
      }
      // A mutual interaction names a group; failing that, the sides of a directed one do
      // (one side acting on several, "hosted talks between A and B", names none).
      if groupFromInteraction == nil || (directedGroup && interaction.isMutual), pairs.count >= 1,
        interaction.isMutual || pairs.count == 1
      {
        directedGroup = !interaction.isMutual
        var group: [PoliticalActor] = []
        for (s, t) in pairs {
          if !group.contains(where: { $0.id == s.id }) { group.append(s) }
          if !group.contains(where: { $0.id == t.id }) { group.append(t) }
        }
        groupFromInteraction = group
      }
    }
    if let group = Self.coordinatedSubject(tokens, spans) ?? groupFromInteraction {
      context.lastGroup = group
    }
    return result
  }

  /// The trigger ranges of the sentence's interactions between other sides than
  /// `interaction`'s ("spoke by phone" is one event; "a follow-up to the talks between C and
  /// D" another), whose attached dates are not `interaction`'s.
  func otherEvents(than interaction: FoundInteraction, in found: [FoundInteraction]) -> [Range<Int>] {
    func sides(_ x: FoundInteraction) -> Set<String> {
      Set(x.pairs.flatMap { [$0.source.id, $0.target.id] })
    }
    let own = sides(interaction)
    return found.filter { !$0.isFollowUp && $0.start != interaction.start && sides($0).isDisjoint(with: own) }
      .map { $0.start..<$0.end }
  }

  /// Whether the sentence calls a meeting joint ("a trilateral meeting", "four-way talks"),
  /// so that every participant met every other.
  static func isJointMeeting(_ tokens: [Token]) -> Bool {
    for (n, t) in tokens.enumerated() {
      if ["trilateral", "quadrilateral", "multilateral"].contains(t.lower) { return true }
      if t.lower == "joint", n + 1 < tokens.count, ["meeting", "talks", "summit", "call"].contains(tokens[n + 1].lower) {
        return true
      }
      // "three-way" and "four-way" come as three tokens.
      if ["three", "four"].contains(t.lower), n + 2 < tokens.count, tokens[n + 1].text == "-", tokens[n + 2].lower == "way" {
        return true
      }
    }
    return false
  }

  /// Triggers of speaking, which with several partners are as many conversations ("I
  /// spoke with A, B and C"), not one meeting.
  static let speechTriggers: Set<String> = [
    "spoke", "speak", "speaks", "speaking", "talked", "talk", "talking", "called", "calls", "call",
    "phoned", "conversation", "conversations", "conversed",
  ]

  /// The pairs of a joint meeting: every two of its participants, in first-seen order.
  static func everyPair(of pairs: [(PoliticalActor, PoliticalActor)]) -> [(PoliticalActor, PoliticalActor)] {
    var people: [PoliticalActor] = []
    for (a, b) in pairs {
      if !people.contains(where: { $0.id == a.id }) { people.append(a) }
      if !people.contains(where: { $0.id == b.id }) { people.append(b) }
    }
    guard people.count >= 3 else { return pairs }
    var out: [(PoliticalActor, PoliticalActor)] = []
    for x in people.indices {
      for y in people.indices where y > x { out.append((people[x], people[y])) }
    }
    return out
  }

  /// The pairs of one meeting with several partners: each side's pair, and every two of
  /// the partners met together ("had dinner with A and B": A and B met too). Those who
  /// came together ("A and B met C") are one side and are not paired.
  static func withPartnersPaired(_ pairs: [(PoliticalActor, PoliticalActor)]) -> [(PoliticalActor, PoliticalActor)] {
    var partners: [PoliticalActor] = []
    for (_, b) in pairs where !partners.contains(where: { $0.id == b.id }) { partners.append(b) }
    var out = pairs
    for x in partners.indices {
      for y in partners.indices where y > x { out.append((partners[x], partners[y])) }
    }
    return out
  }

  /// Whether one side is an unnamed crowd of civilians (supporters, residents, citizens) met,
  /// addressed or praised: speaking to a crowd is no interaction between political actors,
  /// while protests, force and aid involving them are.
  static func isCrowdAudience(_ a: PoliticalActor, _ b: PoliticalActor, _ type: InteractionType) -> Bool {
    guard [.consult, .support, .agree, .cooperate].contains(type) else { return false }
    func isCrowd(_ x: PoliticalActor) -> Bool { x.kind == .group && x.sector == "CVL" }
    return isCrowd(a) || isCrowd(b)
  }

  /// Whether an act is between a state's official (or executive body) and the state
  /// itself: "Zelenskyy supports Ukraine" is no interaction, while a president and his own
  /// ministry, or a legislature and the government, still interact. The
  /// domestic events PLOVER codes (protests, force, arrests, sanctions, mobilisation) stay.
  static func isOwnSide(_ a: PoliticalActor, _ b: PoliticalActor, _ type: InteractionType) -> Bool {
    guard let country = a.country, country == b.country, !domesticTypes.contains(type) else { return false }
    func isState(_ x: PoliticalActor) -> Bool { x.kind == .country }
    func actsForState(_ x: PoliticalActor) -> Bool {
      ["GOV", "MIL", "COP", "SPY", "ELI", "PTY"].contains(x.sector ?? "")
    }
    return (isState(a) && actsForState(b)) || (isState(b) && actsForState(a))
  }

  /// Types coded between a country and itself (a group and its own government).
  static let domesticTypes: Set<InteractionType> = [.protest, .assault, .coerce, .sanction, .mobilize]

  /// "the Revolutionary United Front (RUF) announced": the brackets around a short
  /// acronym or name go, so they neither split the clause nor hide the name.
  static func unbracketingAcronyms(_ tokens: [Token]) -> [Token] {
    guard tokens.contains(where: { $0.text == "(" }) else { return tokens }
    var out: [Token] = []
    out.reserveCapacity(tokens.count)
    var i = 0
    while i < tokens.count {
      if tokens[i].text == "(", let close = tokens[(i + 1)..<min(tokens.count, i + 5)].firstIndex(where: { $0.text == ")" }),
        close > i + 1, tokens[(i + 1)..<close].allSatisfy({ $0.isCapitalized || !$0.isWord }),
        // "(R-Alaska)", "(D)": a party aside stays one, after the name it describes.
        !(["R", "D", "I"].contains(tokens[i + 1].text) && (close == i + 2 || tokens[i + 2].text == "-"))
      {
        out += tokens[(i + 1)..<close]
        i = close + 1
        continue
      }
      out.append(tokens[i])
      i += 1
    }
    return out
  }

  /// The earlier mention a dateless one refers to: the same pair of actors,
  /// of the same type anywhere before, or of any type in the last two sentences.
  /// `current` holds the mentions of this sentence found so far, which come last.
  private func antecedent(of mention: Mention, in earlier: EarlierMentions, _ current: [Mention]) -> Mention? {
    let (a, b) = (mention.source.id, mention.target.id)
    func samePair(_ m: Mention) -> Bool {
      ((m.source.id == a && m.target.id == b) || (m.source.id == b && m.target.id == a))
        && m.date != nil && m.status == .occurred
    }
    return current.last { samePair($0) && $0.type == mention.type }
      ?? earlier.lastDatedOccurred(between: a, b, type: mention.type)
      ?? current.last { samePair($0) && mention.sentence - $0.sentence <= 2 }
      ?? earlier.last(within: 2, of: mention.sentence, where: samePair)
  }

  /// "Merkel and Trump met on Thursday. Trump then had dinner with Abe": an act told as
  /// coming next shares the day of the text-dated act just before it that has one of its
  /// sides ("since then", "the then-minister" and "if …, then" tell no such thing).
  static func narrativeAntecedent(
    of mention: Mention, _ tokens: [Token], in earlier: EarlierMentions, _ current: [Mention]
  ) -> Mention? {
    let tellsNext = tokens.indices.contains { k in
      let w = tokens[k].lower
      if w == "later" || w == "afterwards" || w == "afterward" { return k == 0 }
      guard w == "then" || w == "subsequently" else { return false }
      let before = k > 0 ? tokens[k - 1].lower : ""
      let after = k + 1 < tokens.count ? tokens[k + 1].text : ""
      return !["since", "until", "till", "by", "from", "and", ","].contains(before) && after != "-"
    }
    guard tellsNext, !tokens.contains(where: { $0.lower == "if" }) else { return nil }
    let sides: Set<String> = [mention.source.id, mention.target.id]
    let shares: (Mention) -> Bool = { m in
      m.status == .occurred && m.datePrecision == "day" && m.date != nil
        && !sides.isDisjoint(with: [m.source.id, m.target.id])
    }
    return current.last(where: shares) ?? earlier.last(within: 4, of: mention.sentence, where: shares)
  }

  /// "Lavrov and Rubio stressed …": a coordinated group opening the sentence,
  /// which later "the two ministers" refers to.
  static func coordinatedSubject(_ tokens: [Token], _ spans: [ActorSpan]) -> [PoliticalActor]? {
    guard let first = spans.first, first.start <= 2, !first.isReference, spans.count >= 2 else {
      return nil
    }
    var group = first.actors
    var last = first
    for span in spans.dropFirst() {
      let link = tokens[last.end..<span.start].map(\.lower)
      guard link == ["and"] || link == [","] || link == [",", "and"] else { break }
      group += span.actors
      last = span
    }
    return group.count >= 2 ? group : nil
  }
}
