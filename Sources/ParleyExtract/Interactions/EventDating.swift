import ParleyIngest

/// Dates an interaction from the text: the temporal expression nearest its
/// trigger in the sentence, else the event it refers back to, else the
/// article date (with `dateText` nil and precision `article`).
enum EventDating {
  static func date(
    _ mention: inout Mention, interaction: FoundInteraction, tokens: [Token],
    times: [TimeExpression], antecedent: Mention?
  ) {
    let triggerStart = tokens[interaction.start].start
    let triggerEnd = tokens[interaction.end - 1].end
    let usable = times.filter {
      ($0.type == .date || $0.type == .time) && ($0.day != nil || $0.precision != nil || $0.value.contains("-W"))
    }
    // A day beats a coarser period ("discussed the weekend's events … on Sunday night").
    let days = usable.filter { $0.day != nil }
    let nearest = (days.isEmpty ? usable : days).min {
      distance($0, triggerStart, triggerEnd) < distance($1, triggerStart, triggerEnd)
    }
    if let time = nearest {
      mention.dateText = time.text
      if var day = time.day {
        // "met … on Wednesday to discuss": the tagger may read the infinitive as future;
        // a past-tense trigger puts a bare weekday in the past week.
        if interaction.trigger.isPastForm, let published = mention.articleDate, day > published,
          day.dayNumber - published.dayNumber <= 7, isBareWeekday(time.text)
        {
          day = day.adding(days: -7)
        }
        mention.date = day
        mention.datePrecision = "day"
      } else if time.value.contains("-W") {
        mention.datePrecision = "week"
      } else {
        mention.datePrecision = time.precision?.rawValue
      }
    } else if let antecedent, antecedent.date != nil {
      mention.date = antecedent.date
      mention.dateText = antecedent.dateText
      mention.datePrecision = antecedent.datePrecision
    } else if mention.status == .occurred || mention.status == .negated {
      mention.date = mention.articleDate
      mention.datePrecision = mention.articleDate == nil ? nil : "article"
    }
    if mention.status == .occurred, let date = mention.date, let published = mention.articleDate,
      date > published
    {
      mention.status = .planned
    }
  }

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
