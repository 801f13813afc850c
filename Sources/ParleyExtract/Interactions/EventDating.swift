import ParleyIngest

/// Dates an interaction from the text: the temporal expression nearest its
/// trigger in the sentence, else the event it refers back to, else the
/// article date (with `dateText` nil and precision `article`).
enum EventDating {
  static func date(
    _ mention: inout Mention, interaction: FoundInteraction, tokens: [Token],
    times: [TimeExpression], otherTriggers: [Range<Int>] = [], antecedent: Mention?
  ) {
    let triggerStart = tokens[interaction.start].start
    let triggerEnd = tokens[interaction.end - 1].end
    // "as a follow-up to the April 25 conversation between A and B": a date attached to
    // another event's trigger dates that event only.
    let usable = times.filter { time in
      (time.type == .date || time.type == .time) && (time.day != nil || time.precision != nil || time.value.contains("-W"))
        && !otherTriggers.contains { isAttached(time, to: $0, tokens) }
        && !isYearModifyingANoun(time, tokens)
    }
    // The same clause first ("said on Monday that they met on Sunday": Sunday), then
    // the sentence; a day beats a coarser period ("the weekend's events … on Sunday night").
    let clause = clauseRange(around: interaction, tokens)
    let inClause = usable.filter { $0.start >= clause.lowerBound && $0.end <= clause.upperBound }
    // "The call came after Beijing lifted sanctions it imposed in 2021": a follow-up takes
    // only a date attached to it ("the call on Friday"), else its event's date.
    let keepsAntecedentDate = interaction.isFollowUp && antecedent?.date != nil
    let pool =
      keepsAntecedentDate
      ? usable.filter { isAttached($0, to: interaction.start..<interaction.end, tokens) }
      : inClause.isEmpty ? usable.filter { !isInReportedContent($0, after: clause, tokens) } : inClause
    let days = pool.filter { $0.day != nil }
    let nearest = (days.isEmpty ? pool : days).min {
      distance($0, triggerStart, triggerEnd) < distance($1, triggerStart, triggerEnd)
    }
    if let time = nearest {
      mention.dateText = time.text
      if var day = time.day {
        // "met … on Wednesday to discuss": the tagger may read the infinitive as future;
        // a past-tense trigger puts a bare weekday in the past week.
        // So does a past-tense verb governing it ("opened fire to disperse them on Monday").
        // Likewise a day and month without a year ("prevented the rally on 15 October"
        // in a January article) fall in the year before.
        if interaction.trigger.isPastForm || isPastBefore(interaction.start, tokens), let published = mention.articleDate,
          day > published
        {
          if day.dayNumber - published.dayNumber <= 7, isBareWeekday(time.text) {
            day = day.adding(days: -7)
          } else if !hasYear(time.text), time.text.lowercased().split(separator: " ").contains(where: { TimeLexicon.months[String($0)] != nil }) {
            day = day.adding(months: -12)
          }
        }
        mention.date = day
        mention.datePrecision = "day"
      } else if time.value.contains("-W") {
        mention.datePrecision = "week"
        mention.dateValue = String(time.value.prefix(8))
      } else {
        mention.datePrecision = time.precision?.rawValue
        if time.value.first?.isNumber == true { mention.dateValue = time.value }
      }
    } else if let antecedent, antecedent.date != nil, mention.status == .occurred || mention.status == .negated {
      mention.date = antecedent.date
      mention.dateText = antecedent.dateText
      mention.datePrecision = antecedent.datePrecision
      mention.dateValue = antecedent.dateValue
    } else if mention.status == .occurred || mention.status == .negated {
      mention.date = mention.articleDate
      mention.datePrecision = mention.articleDate == nil ? nil : "article"
    }
    if mention.status == .occurred, let published = mention.articleDate,
      isAfter(published, mention: mention, text: nearest?.text)
    {
      mention.status = .planned
    }
  }

  /// Whether the mention's date lies after the article's: a later day, a week, month or
  /// year that begins after it ("travels to Washington next week"), or the rest of the
  /// current one ("later this week", "later this month").
  static func isAfter(_ published: CivilDate, mention: Mention, text: String?) -> Bool {
    if let date = mention.date { return date > published }
    guard let value = mention.dateValue else { return false }
    if let span = TimeValueFormat.span(coveredBy: value), span.first > published { return true }
    let words = (text ?? "").lowercased().split(separator: " ")
    return words.first == "later" && words.contains("this")
  }

  /// Whether `time` stands right before the trigger in `range` ("the April 25 conversation",
  /// "Sunday's call") or right after it ("talks on Friday", "the meeting of 3 May").
  /// Whether a time is a bare year naming a thing ("the 2016 election", "Iran's 2015
  /// nuclear deal"), which dates that thing, not the act the sentence tells.
  static func isYearModifyingANoun(_ time: TimeExpression, _ tokens: [Token]) -> Bool {
    guard time.text.count == 4, time.text.allSatisfy(\.isNumber),
      let k = tokens.firstIndex(where: { $0.start == time.start }), k >= 1, k + 1 < tokens.count
    else { return false }
    return yearDeterminers.contains(tokens[k - 1].lower) && tokens[k + 1].isWord
  }

  /// Words before a year that make it part of a noun phrase ("the 2016 election").
  static let yearDeterminers: Set<String> = ["the", "a", "an", "'s", "’s", "his", "her", "its", "their", "this", "that", "our"]

  static func isAttached(_ time: TimeExpression, to range: Range<Int>, _ tokens: [Token]) -> Bool {
    let first = range.lowerBound
    let last = range.upperBound
    if first >= 1 {
      let before = tokens[first - 1]
      if before.end == time.end { return true }
      if first >= 2, ["'s", "’s"].contains(before.lower), tokens[first - 2].end == time.end { return true }
    }
    guard last < tokens.count else { return false }
    if tokens[last].start == time.start { return true }
    return last + 1 < tokens.count && ["on", "of", "in", "at"].contains(tokens[last].lower)
      && time.start <= tokens[last + 1].start && time.start >= tokens[last].start
  }

  /// Whether `time` stands in a clause reported after the trigger's own ("After talks
  /// with B, A said that he would call C on Friday"): what the speaker says is to come
  /// does not date what came before the saying.
  private static func isInReportedContent(_ time: TimeExpression, after clause: Range<Int>, _ tokens: [Token]) -> Bool {
    guard time.start >= clause.upperBound else { return false }
    return tokens.contains { t in
      t.start >= clause.upperBound && t.end <= time.start && ["that", "would", "will", "'ll"].contains(t.lower)
    }
  }

  /// The scalar range of the clause around the trigger: between the nearest
  /// reporting verbs, "that", semicolons or sentence ends.
  private static func clauseRange(around interaction: FoundInteraction, _ tokens: [Token]) -> Range<Int> {
    let stops: Set<String> = [";", "said", "says", "told", "that", "announced", "added", "noted", "reported"]
    var a = interaction.start - 1
    while a >= 0 && !stops.contains(tokens[a].lower) { a -= 1 }
    var b = interaction.end
    while b < tokens.count && !stops.contains(tokens[b].lower) { b += 1 }
    let lower = a >= 0 ? tokens[a].end : 0
    let upper = b < tokens.count ? tokens[b].start : (tokens.last?.end ?? 0)
    return lower..<max(lower, upper)
  }

  /// Whether a past-tense verb stands in the few words before `start`, with no "will" or
  /// "would" after it.
  private static func isPastBefore(_ start: Int, _ tokens: [Token]) -> Bool {
    let window = tokens[max(0, start - 10)..<start].map(\.lower)
    guard !window.contains(where: { ["will", "would", "'ll", "shall", "to-be"].contains($0) }) else { return false }
    // "proposed that they meet on Thursday": a proposal or plan looks ahead.
    return window.contains { w in
      !intentVerbs.contains(w) && ((w.hasSuffix("ed") && w.count > 4 && w.first?.isLetter == true) || pastForms.contains(w))
    }
  }

  /// Whether a date's text names its year ("15 October 1999", "October '99").
  private static func hasYear(_ text: String) -> Bool {
    text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 } || text.contains("'")
  }

  private static let intentVerbs: Set<String> = [
    "proposed", "planned", "agreed", "offered", "decided", "scheduled", "expected", "invited",
    "called", "urged", "asked", "announced", "suggested", "demanded", "requested", "pledged",
    "promised", "vowed", "threatened", "warned", "hoped", "wanted", "needed", "aimed", "intended",
    "prepared", "arranged", "confirmed", "insisted",
  ]

  private static let pastForms: Set<String> = [
    "was", "were", "had", "did", "met", "went", "began", "held", "took", "made", "gave", "fought",
    "sent", "came", "left", "ran", "struck", "shot", "threw", "led", "broke", "spoke", "told",
  ]

  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// "Wednesday", "on Wednesday", "Wednesday night": a weekday without "next" or "last".
  private static func isBareWeekday(_ text: String) -> Bool {
    let words = text.lowercased().split(separator: " ").map(String.init)
    return words.contains { weekdays.contains($0) } && !words.contains("next") && !words.contains("last")
      && !words.contains("this") && !words.contains("coming")
  }

  private static func distance(_ time: TimeExpression, _ start: Int, _ end: Int) -> Int {
    if time.end <= start { return start - time.end }
    if time.start >= end { return time.start - end }
    return 0
  }
}
