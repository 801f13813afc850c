import ParleyIngest

/// Weekdays and deictic days: "last Friday", "Sunday night", "yesterday afternoon", "tonight".
extension TimeParser {
  /// The ISO weekday at token `i` when it is a capitalised full weekday name.
  func weekday(at i: Int) -> Int? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized else {
      return nil
    }
    return TimeLexicon.weekdays[tokens[i].lower]
  }

  /// A part of the day right after token `i` ("night" in "Sunday night"), with its code.
  func partOfDay(after i: Int) -> (code: String, last: Int)? {
    guard let code = TimeLexicon.partsOfDay[word(i + 1)], word(i + 1) != "overnight" else {
      return nil
    }
    return (code, i + 1)
  }

  /// "[last|next|this|early|late] WEEKDAY [morning|night] [, MONTH DAY[, YEAR]]".
  func weekdayExpression(at i: Int) -> TimeMatch? {
    var j = i
    var shift = 0
    switch word(j) {
    case "last": shift = -1; j += 1
    case "next": shift = 1; j += 1
    case "this":
      j += 1
      if word(j) == "past" { shift = -1; j += 1 } else if word(j) == "coming" { shift = 1; j += 1 }
    case "the":
      guard word(j + 1) == "following" || word(j + 1) == "previous" else { return nil }
      shift = word(j + 1) == "following" ? 1 : -1
      j += 2
    case "early", "late", "earlier", "later": j += 1
    default: break
    }
    guard let wd = weekday(at: j) else { return nil }
    // "Friday, March 22[, 2013]": the explicit date wins.
    if isSymbol(j + 1, ","), let explicit = monthExpression(at: j + 2),
      explicit.value.count == 10
    {
      return TimeMatch(first: i, last: explicit.last, type: .date, value: explicit.value)
    }
    var last = j
    let part = partOfDay(after: j)
    if let part { last = part.last }
    let date = resolveWeekday(wd, shift: shift, tense: tense(i, last))
    let value = anchor == nil ? "XXXX-WXX-\(wd)" : dateValue(date)
    if let part {
      return TimeMatch(first: i, last: last, type: .time, value: value + "T" + part.code)
    }
    return TimeMatch(first: i, last: last, type: .date, value: value)
  }

  /// The day offset of "today", "yesterday", "tomorrow" or "tonight" at `i`.
  func deicticOffset(at i: Int) -> Int? {
    switch word(i) {
    case "today", "tonight": return 0
    case "yesterday": return -1
    case "tomorrow": return 1
    default: return nil
    }
  }

  /// "today", "yesterday afternoon", "earlier today", "tonight", "this morning", "last night",
  /// "the day before yesterday".
  func deicticDay(at i: Int) -> TimeMatch? {
    var j = i
    if ["early", "late", "earlier", "later"].contains(word(j)) { j += 1 }
    if word(j) == "the", word(j + 1) == "day", ["before", "after"].contains(word(j + 2)),
      let offset = deicticOffset(at: j + 3), offset != 0
    {
      let value = dateValue(anchor?.adding(days: offset * 2))
      return TimeMatch(first: i, last: j + 3, type: .date, value: value)
    }
    if word(j) == "this" || word(j) == "last", let part = partOfDay(after: j) {
      // "this morning" / "last night" (yesterday's night).
      if word(j) == "last" && part.code != "NI" { return nil }
      let offset = word(j) == "last" ? -1 : 0
      let value = dateValue(anchor?.adding(days: offset)) + "T" + part.code
      return TimeMatch(first: i, last: part.last, type: .time, value: value)
    }
    guard let offset = deicticOffset(at: j) else { return nil }
    let day = dateValue(anchor?.adding(days: offset))
    if word(j) == "tonight" {
      return TimeMatch(first: i, last: j, type: .time, value: day + "TNI")
    }
    if let part = partOfDay(after: j) {
      return TimeMatch(first: i, last: part.last, type: .time, value: day + "T" + part.code)
    }
    // "today" as "nowadays": "the children of today".
    if word(j) == "today", j == i, word(i - 1) == "of" {
      return TimeMatch(first: i, last: j, type: .date, value: "PRESENT_REF")
    }
    return TimeMatch(first: i, last: j, type: .date, value: day)
  }
}
