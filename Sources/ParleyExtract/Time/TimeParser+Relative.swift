import ParleyIngest

/// Periods relative to the anchor: "last week", "earlier this year", "the third quarter",
/// "last summer", and the vague references "now", "recently", "the future".
extension TimeParser {
  /// The shift of a relative word: last/past/previous = -1, this/current = 0, next/coming = +1.
  static let shiftWords: [String: Int] = [
    "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
    "following": 1,
  ]

  /// Skips "early/late/earlier/later/mid" and "the end/beginning/middle of" before `i`.
  func skipPeriodModifiers(_ i: Int) -> Int {
    var j = i
    if word(j) == "the", ["end", "beginning", "middle", "start"].contains(word(j + 1)),
      word(j + 2) == "of"
    {
      j += 3
    } else if ["end", "beginning", "middle", "start"].contains(word(j)), word(j + 1) == "of" {
      j += 2
    }
    if ["early", "late", "earlier", "later", "mid"].contains(word(j)) {
      j += isSymbol(j + 1, "-") ? 2 : 1
    }
    return j
  }

  /// "[earlier] [the] last|this|next week|month|year|weekend|decade|century".
  func relativePeriod(at i: Int) -> TimeMatch? {
    var j = skipPeriodModifiers(i)
    if word(j) == "the" { j += 1 }
    if word(j) == "this" && (word(j + 1) == "past" || word(j + 1) == "coming") { j += 1 }
    guard let shift = Self.shiftWords[word(j)] else {
      // "the weekend": the nearest one in the direction of the tense.
      if word(j - 1) == "the", word(j) == "weekend", let anchor {
        let future = tense(i, j) == .future
        let offset: Int
        if future { offset = anchor.weekday == 7 ? 1 : 0 } else { offset = anchor.weekday >= 6 ? 0 : -1 }
        let value = TimeValueFormat.period(.weekend, offset: offset, from: anchor)
        return TimeMatch(first: i, last: j, type: .date, value: value)
      }
      return nil
    }
    if word(j) == "following" && word(j - 1) != "the" { return nil }
    var k = j + 1
    if word(k) == "fiscal" || word(k) == "calendar" { k += 1 }
    guard let (unit, plural) = TimeLexicon.units[word(k)], !plural else { return nil }
    switch unit {
    case .week, .weekend, .month, .year, .century:
      let value = TimeValueFormat.period(unit, offset: shift, from: anchor)
      return TimeMatch(first: i, last: k, type: .date, value: value)
    case .decade:
      if shift == 0 {
        return TimeMatch(first: i, last: k, type: .date, value: TimeValueFormat.period(.decade, offset: 0, from: anchor))
      }
      return TimeMatch(first: i, last: k, type: .duration, value: "P10Y")
    case .quarter:
      let value = TimeValueFormat.period(.quarter, offset: shift, from: anchor)
      return TimeMatch(first: i, last: k, type: .date, value: value)
    case .day, .hour, .minute, .second:
      if unit == .day && shift == -1 && word(j) == "past" {
        return TimeMatch(first: i, last: k, type: .duration, value: "P1D")
      }
      return nil
    }
  }

  /// "the end of the year", "the beginning of the year": this year, or last year's end when
  /// told in the past tense.
  func yearBoundary(at i: Int) -> TimeMatch? {
    var j = i
    if word(j) == "the" { j += 1 }
    let edge = word(j)
    guard ["end", "beginning", "start", "close", "middle"].contains(edge), word(j + 1) == "of"
    else { return nil }
    var k = j + 2
    if word(k) == "the" { k += 1 }
    guard word(k) == "year", let anchor else { return nil }
    let t = tense(i, k)
    var year = anchor.year
    if t == .past && (edge == "end" || edge == "close") && anchor.month <= 6 { year -= 1 }
    if t == .future && (edge == "beginning" || edge == "start") && anchor.month > 2 { year += 1 }
    return TimeMatch(first: i, last: k, type: .date, value: String(year))
  }

  /// "the third quarter [of 1998]", "third-quarter", "the latest quarter", "last quarter".
  func quarterExpression(at i: Int) -> TimeMatch? {
    var j = i
    let hasThe = word(j) == "the"
    if hasThe { j += 1 }
    // "the 1988 third quarter", "this year's second quarter", "1988's fourth quarter".
    var yearPrefix: Int?
    if let y = number(j), tokens[j].length == 4, (1000...2199).contains(y), hasThe || isPossessive(j + 1) {
      yearPrefix = y
      j += isPossessive(j + 1) ? 3 : 1
    } else if let offset = Self.shiftWords[word(j)], word(j + 1) == "year", isPossessive(j + 2),
      let anchor
    {
      yearPrefix = anchor.year + offset
      j += 4
    }
    var n: Int?
    var shift: Int?
    if let o = TimeLexicon.ordinals[word(j)], (1...4).contains(o) {
      n = o
      j += 1
    } else if let d = number(j), (1...4).contains(d), isWord(j + 1, in: ["st", "nd", "rd", "th"]) {
      n = d
      j += 2
    } else if ["latest", "recent", "past", "previous", "last"].contains(word(j)) {
      shift = -1
      j += 1
    } else if word(j) == "most", word(j + 1) == "recent" {
      shift = -1
      j += 2
    } else if ["this", "current"].contains(word(j)) {
      shift = 0
      j += 1
    } else if ["next", "coming"].contains(word(j)) {
      shift = 1
      j += 1
    } else if hasThe, word(j) == "quarter" {
      shift = -1
    } else {
      return nil
    }
    if isSymbol(j, "-"), isJoined(j), n != nil, !hasThe { j += 1 }
    if word(j) == "fiscal" { j += 1 }
    guard word(j) == "quarter" else { return nil }
    guard let anchor else {
      let value = n.map { "XXXX-Q\($0)" } ?? "XXXX-QX"
      return TimeMatch(first: i, last: j, type: .date, value: value)
    }
    if let shift {
      if let yearPrefix {
        // "the 1988 quarter": the same quarter of that year as the latest one.
        let q = TimeValueFormat.quarter(of: anchor.adding(months: -3))
        return TimeMatch(first: i, last: j, type: .date, value: TimeValueFormat.quarter(year: yearPrefix, quarter: q))
      }
      return TimeMatch(first: i, last: j, type: .date, value: TimeValueFormat.period(.quarter, offset: shift, from: anchor))
    }
    guard let n else { return nil }
    var last = j
    var year = anchor.year
    if word(j + 1) == "of" || isSymbol(j + 1, ",") {
      if let (y, yl) = trailingYear(at: j + 2) {
        year = y
        last = yl
      } else if let (offset, yl) = yearWords(at: j + 2) {
        year += offset
        last = yl
      } else if word(j + 1) == "of", word(j + 2) == "fiscal", let (y, yl) = trailingYear(at: j + 3) {
        year = y
        last = yl
      }
    }
    if let yearPrefix {
      year = yearPrefix
    } else if last == j, n > TimeValueFormat.quarter(of: anchor), tense(i, j) != .future {
      year -= 1
    }
    return TimeMatch(first: i, last: last, type: .date, value: TimeValueFormat.quarter(year: year, quarter: n))
  }

  /// Whether tokens `i` and `i + 1` are the possessive "'s".
  func isPossessive(_ i: Int) -> Bool {
    (isSymbol(i, "'") || isSymbol(i, "’")) && word(i + 1) == "s" && isJoined(i + 1)
  }

  /// "last summer", "this spring", "the winter of 1994", "in the fall", "summer 2012".
  func seasonExpression(at i: Int) -> TimeMatch? {
    var j = skipPeriodModifiers(i)
    var shift: Int?
    if word(j) == "this" && word(j + 1) == "past" {
      shift = -1
      j += 2
    } else if let s = Self.shiftWords[word(j)], word(j) != "following" {
      shift = s
      j += 1
    } else if word(j) == "the" {
      j += 1
    }
    guard let code = TimeLexicon.seasons[word(j)] else { return nil }
    if let (y, yl) = trailingYear(at: word(j + 1) == "of" ? j + 2 : j + 1) {
      return TimeMatch(first: i, last: yl, type: .date, value: "\(y)-\(code)")
    }
    // A bare season needs a determiner or preposition; "fall of" is a collapse.
    guard shift != nil || j > i || ["in", "during", "this", "since", "until", "by"].contains(word(i - 1))
    else { return nil }
    if word(j + 1) == "of" || (code == "FA" && shift == nil && j == i) { return nil }
    guard let anchor else { return TimeMatch(first: i, last: j, type: .date, value: "XXXX-\(code)") }
    let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 6
    var year = anchor.year
    switch shift {
    case .some(-1): year = startMonth + 3 <= anchor.month ? anchor.year : anchor.year - 1
    case .some(1): year = startMonth > anchor.month ? anchor.year : anchor.year + 1
    case .some(0): break
    default:
      let t = tense(i, j)
      if t == .past && startMonth > anchor.month { year -= 1 }
      if t == .future && startMonth + 3 <= anchor.month { year += 1 }
    }
    return TimeMatch(first: i, last: j, type: .date, value: "\(year)-\(code)")
  }

  /// PRESENT_REF, PAST_REF and FUTURE_REF expressions.
  func reference(at i: Int) -> TimeMatch? {
    switch word(i) {
    case "now":
      if isSymbol(i + 1, "-") { return nil }
      return TimeMatch(first: i, last: i, type: .date, value: "PRESENT_REF")
    case "currently", "nowadays":
      return TimeMatch(first: i, last: i, type: .date, value: "PRESENT_REF")
    case "recently", "lately":
      if word(i - 1) == "more" || word(i - 1) == "most" {
        return nil
      }
      return TimeMatch(first: i, last: i, type: .date, value: "PAST_REF")
    case "these":
      guard word(i + 1) == "days" else { return nil }
      return TimeMatch(first: i, last: i + 1, type: .date, value: "PRESENT_REF")
    case "the":
      if word(i + 1) == "past", !isQuantityStart(i + 2) {
        return TimeMatch(first: i, last: i + 1, type: .date, value: "PAST_REF")
      }
      if word(i + 1) == "future" {
        return TimeMatch(first: i, last: i + 1, type: .date, value: "FUTURE_REF")
      }
      if word(i + 1) == "near" || word(i + 1) == "distant" || word(i + 1) == "foreseeable",
        word(i + 2) == "future"
      {
        return TimeMatch(first: i, last: i + 2, type: .date, value: "FUTURE_REF")
      }
      if word(i + 1) == "time", word(i - 1) == "at", word(i + 2) != "of", word(i + 2) != "when" {
        return TimeMatch(first: i, last: i + 1, type: .date, value: "PAST_REF")
      }
      return nil
    default:
      return nil
    }
  }
}
