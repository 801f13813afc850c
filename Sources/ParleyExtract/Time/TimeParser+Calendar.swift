import ParleyIngest

/// Absolute calendar expressions: month names with days and years, numeric dates.
extension TimeParser {
  /// The month number at token `i` when it is a capitalised month name (not "may", "March on").
  func month(at i: Int) -> Int? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized,
      let m = TimeLexicon.months[tokens[i].lower]
    else { return nil }
    return m
  }

  /// Whether the month token at `i` is an abbreviation ("Sept", "Dec").
  func isAbbreviatedMonth(_ i: Int) -> Bool {
    tokens[i].length <= 4 && !["may", "june", "july"].contains(tokens[i].lower)
  }

  /// A day-of-month number at `i` (1...31, at most two digits), with its last token.
  func dayOfMonth(at i: Int) -> (day: Int, last: Int)? {
    guard let d = number(i), tokens[i].length <= 2, (1...31).contains(d) else { return nil }
    // "3:30", "3.5", "25-year" are not days.
    if isSymbol(i + 1, ":") || (isSymbol(i + 1, ".") && number(i + 2) != nil && isJoined(i + 2)) {
      return nil
    }
    if isSymbol(i + 1, "-") && isJoined(i + 1) && !word(i + 2).isEmpty { return nil }
    if isSymbol(i + 1, "%") { return nil }
    return (d, skipOrdinalSuffix(i))
  }

  /// A four-digit year at `i` after a month or day ("April 25, 2025"), with its last token.
  func trailingYear(at i: Int) -> (year: Int, last: Int)? {
    var k = i
    if isSymbol(k, ",") { k += 1 }
    guard let y = number(k), tokens[k].length == 4, (1000...2199).contains(y) else { return nil }
    if isSymbol(k + 1, "-") && number(k + 2) != nil && isJoined(k + 2) && isJoined(k + 1) {
      return nil  // part of a range or ISO date
    }
    return (y, k)
  }

  /// The year offset of "last year" / "this year" / "next year" at `i`, with its last token.
  func yearWords(at i: Int) -> (offset: Int, last: Int)? {
    var k = i
    if word(k) == "of" { k += 1 }
    guard word(k + 1) == "year" else { return nil }
    switch word(k) {
    case "last", "past", "previous": return (-1, k + 1)
    case "this", "current": return (0, k + 1)
    case "next", "coming": return (1, k + 1)
    default: return nil
    }
  }

  /// "[early|late|mid|the end of] [last|this|next] MONTH [DAY] [, YEAR]" and "MONTH YEAR".
  func monthExpression(at i: Int) -> TimeMatch? {
    var j = i
    var hasCue = TimeLexicon.dateCues.contains(word(i - 1)) || isSymbol(i - 1, "(")
    if word(j) == "the", ["end", "beginning", "middle", "start"].contains(word(j + 1)),
      word(j + 2) == "of"
    {
      j += 3
      hasCue = true
    } else if ["end", "beginning", "middle", "start"].contains(word(j)), word(j + 1) == "of" {
      j += 2
      hasCue = true
    }
    if ["early", "late", "mid"].contains(word(j)) {
      j += isSymbol(j + 1, "-") ? 2 : 1
      hasCue = true
    }
    var shift: Int?
    switch word(j) {
    case "last": shift = -1
    case "next": shift = 1
    case "this": shift = 0
    default: break
    }
    if shift != nil { j += 1 }
    guard let m = month(at: j) else { return nil }
    let abbreviated = isAbbreviatedMonth(j)
    let afterMonth = abbreviated ? skipAbbreviationDot(j) : j
    let hasDot = afterMonth > j
    var k = afterMonth + 1

    // MONTH DAY [, YEAR]
    if let (d, dayLast) = dayOfMonth(at: k) {
      var last = dayLast
      var year: Int?
      if let (y, yl) = trailingYear(at: dayLast + 1) {
        year = y
        last = yl
      } else if let (offset, yl) = yearWords(at: dayLast + 1), let anchor {
        year = anchor.year + offset
        last = yl
      } else if let shift, let anchor {
        let key = m * 100 + d
        let anchorKey = anchor.month * 100 + anchor.day
        year = anchor.year + (shift < 0 ? (key < anchorKey ? 0 : -1) : shift > 0 ? (key > anchorKey ? 0 : 1) : 0)
      } else {
        year = resolveYear(month: m, day: d, tense: tense(i, last))
      }
      guard let value = dayValue(year: year, month: m, day: d) else { return nil }
      return TimeMatch(first: i, last: last, type: .date, value: value)
    }
    k = afterMonth + 1
    if let (y, yl) = trailingYear(at: k) {
      return TimeMatch(first: i, last: yl, type: .date, value: TimeValueFormat.month(year: y, month: m))
    }
    if let (offset, yl) = yearWords(at: k) {
      let year = anchor.map { $0.year + offset }
      return TimeMatch(first: i, last: yl, type: .date, value: TimeValueFormat.month(year: year, month: m))
    }
    // A bare month needs a cue and no abbreviation without a dot.
    guard hasCue || shift != nil, !abbreviated || hasDot else { return nil }
    if m == 5, !hasCue, shift == nil { return nil }
    var year: Int?
    if let anchor {
      if let shift {
        year = anchor.year + (shift < 0 ? (m < anchor.month ? 0 : -1) : shift > 0 ? (m > anchor.month ? 0 : 1) : 0)
      } else {
        year = resolveYear(month: m, day: nil, tense: tense(i, afterMonth))
      }
    }
    return TimeMatch(first: i, last: afterMonth, type: .date, value: TimeValueFormat.month(year: year, month: m))
  }

  /// "25 April [2025]" and "the 25th of April".
  func dayMonthDate(at i: Int) -> TimeMatch? {
    var j = i
    if word(j) == "the" { j += 1 }
    guard let (d, dayLast) = dayOfMonth(at: j) else { return nil }
    var k = dayLast + 1
    if word(k) == "of" { k += 1 } else if j > i { return nil }
    guard let m = month(at: k) else { return nil }
    var last = isAbbreviatedMonth(k) ? skipAbbreviationDot(k) : k
    var year: Int?
    if let (y, yl) = trailingYear(at: last + 1) {
      year = y
      last = yl
    } else {
      year = resolveYear(month: m, day: d, tense: tense(i, last))
    }
    guard let value = dayValue(year: year, month: m, day: d) else { return nil }
    return TimeMatch(first: i, last: last, type: .date, value: value)
  }

  /// "2025-04-25", "4/25/2025", "4/25/25".
  func numericDate(at i: Int) -> TimeMatch? {
    guard let a = number(i) else { return nil }
    if tokens[i].length == 4, isSymbol(i + 1, "-"), let m = number(i + 2), isSymbol(i + 3, "-"),
      let d = number(i + 4), (i + 1...i + 4).allSatisfy({ isJoined($0) }),
      tokens[i + 2].length == 2, tokens[i + 4].length == 2,
      let value = dayValue(year: a, month: m, day: d)
    {
      return TimeMatch(first: i, last: i + 4, type: .date, value: value)
    }
    if isSymbol(i + 1, "/"), let b = number(i + 2), isSymbol(i + 3, "/"), let c = number(i + 4),
      (i + 1...i + 4).allSatisfy({ isJoined($0) }), (1...12).contains(a),
      !isSymbol(i - 1, "/"), !isSymbol(i + 5, "/")
    {
      let year: Int
      switch tokens[i + 4].length {
      case 4: year = c
      case 2: year = c < 50 ? 2000 + c : 1900 + c
      default: return nil
      }
      guard let value = dayValue(year: year, month: a, day: b) else { return nil }
      return TimeMatch(first: i, last: i + 4, type: .date, value: value)
    }
    return nil
  }
}
