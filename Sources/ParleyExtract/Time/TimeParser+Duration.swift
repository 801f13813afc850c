import ParleyIngest

/// Quantities and durations: "three days", "the past 24 hours", "four-week", "two years ago".
extension TimeParser {
  static let durationDirections: Set<String> = [
    "past", "last", "next", "coming", "previous", "following", "first", "final", "recent",
    "initial", "ensuing", "remaining", "subsequent", "preceding",
  ]
  static let bareUnitCuesBefore: Set<String> = [
    "for", "within", "took", "take", "takes", "taking", "lasted", "lasting", "spent", "spend",
    "after", "over", "in",
  ]
  static let bareUnitCuesAfter: Set<String> = ["before", "after", "later", "earlier", "of", "ago"]

  /// Whether a quantity (a number or "a few", "several"...) starts at `i`.
  func isQuantityStart(_ i: Int) -> Bool { quantity(at: i) != nil }

  /// A quantity at `i`: its value (nil when vague, as in "several") and last token.
  func quantity(at i: Int) -> (value: Int?, last: Int)? {
    if let n = number(i) {
      guard tokens[i].length <= 4 else { return nil }
      // Decimals, thousands separators and fractions are not handled.
      if isSymbol(i + 1, ".") || isSymbol(i + 1, ",") || isSymbol(i + 1, "/"),
        number(i + 2) != nil, isJoined(i + 1), isJoined(i + 2)
      {
        return nil
      }
      if (isSymbol(i - 1, ".") || isSymbol(i - 1, ",") || isSymbol(i - 1, "$")) && isJoined(i) {
        return nil
      }
      return (n, i)
    }
    let w = word(i)
    switch w {
    case "a", "an":
      switch word(i + 1) {
      case "few": return (nil, i + 1)
      case "couple": return (2, word(i + 2) == "of" ? i + 2 : i + 1)
      case "dozen": return (12, i + 1)
      case "hundred": return (100, i + 1)
      default: return (1, i)
      }
    case "dozens", "hundreds", "couple":
      return (w == "couple" ? 2 : nil, word(i + 1) == "of" ? i + 1 : i)
    case "several", "few", "many", "some":
      return (nil, i)
    default:
      break
    }
    guard var n = TimeLexicon.cardinals[w], w != "dozen" else { return nil }
    var last = i
    // "twenty four", "twenty-four", "one hundred", "two dozen".
    if n >= 20, n < 100, n % 10 == 0 {
      var k = i + 1
      if isSymbol(k, "-"), isJoined(k) { k += 1 }
      if let ones = TimeLexicon.cardinals[word(k)], ones < 10 {
        n += ones
        last = k
      }
    }
    if word(last + 1) == "hundred" {
      n *= 100
      last += 1
    } else if word(last + 1) == "dozen" {
      n *= 12
      last += 1
    }
    return (n, last)
  }

  /// Durations with an optional approximator and direction, and "N units ago/earlier/later".
  func duration(at i: Int) -> TimeMatch? {
    var j = i
    switch word(j) {
    case "almost", "nearly", "approximately", "roughly": j += 1
    case "more", "less", "fewer": if word(j + 1) == "than" { j += 2 }
    case "at": if word(j + 1) == "least" || word(j + 1) == "most" { j += 2 }
    case "up": if word(j + 1) == "to" { j += 2 }
    case "over": if isQuantityStart(j + 1) { j += 1 }
    default: break
    }
    if j == i, word(j) == "no", word(j + 1) == "more", word(j + 2) == "than" { j += 3 }
    if word(j) == "the" { j += 1 }
    var direction: String?
    if Self.durationDirections.contains(word(j)) {
      direction = word(j)
      j += 1
    }
    var count: Int?
    var hasCount = false
    var fromArticle = false
    if let q = quantity(at: j) {
      count = q.value
      hasCount = true
      fromArticle = word(j) == "a" || word(j) == "an"
      j = q.last + 1
    }
    var hyphen = false
    if hasCount, isSymbol(j, "-"), isJoined(j), isJoined(j + 1) {
      hyphen = true
      j += 1
    }
    guard let (unit, plural) = TimeLexicon.units[word(j)], unit != .weekend || hasCount else {
      return nil
    }
    if hyphen {
      guard !plural, !(isSymbol(j + 1, "-") && word(j + 2) == "old") else { return nil }
      return TimeMatch(first: i, last: j, type: .duration, value: unit.duration(count))
    }
    if hasCount {
      if unit == .second && (fromArticle || word(j - 1) == "one") && !plural { return nil }
      // "$5 billion a year" is a set.
      if fromArticle, direction == nil, j - 1 == i, isRateContext(i - 1),
        !["ago", "earlier", "later", "before"].contains(word(j + 1))
      {
        return nil
      }
      if let n = count, n >= 1000, unit != .day, unit != .hour { return nil }
    } else {
      guard plural else { return nil }
      let contextual =
        direction != nil || Self.bareUnitCuesBefore.contains(word(i - 1))
        || Self.bareUnitCuesAfter.contains(word(j + 1))
      guard contextual, j == i || direction != nil else { return nil }
    }
    // Ages: "6 months and older", "40 years old".
    if ["old", "older", "younger"].contains(word(j + 1))
      || (word(j + 1) == "and" && ["older", "up", "over", "younger"].contains(word(j + 2)))
    {
      return nil
    }
    var last = j
    if plural, isSymbol(j + 1, "'"), isJoined(j + 1), word(j + 2) != "s" { last = j + 1 }
    // "two years ago", "a year earlier".
    let after = word(j + 1)
    if direction == nil, after == "ago" || ((after == "earlier" || after == "later") && word(j + 2) != "than") {
      let sign = after == "later" ? 1 : -1
      guard let n = count else {
        return TimeMatch(first: i, last: j + 1, type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF")
      }
      return TimeMatch(first: i, last: j + 1, type: .date, value: shiftedValue(unit, sign * n))
    }
    // "in three days" with a future verb: a date counted from the anchor. Longer spans
    // ("in five years") keep their TimeML duration value.
    if word(i - 1) == "in", j == i + 1, let n = count,
      unit == .day || unit == .week, tense(i, j) == .future
    {
      return TimeMatch(first: i, last: j, type: .date, value: shiftedValue(unit, n))
    }
    return TimeMatch(first: i, last: last, type: .duration, value: unit.duration(count))
  }

  /// Whether token `i` ends a quantity or price, so that "a year" after it is a rate.
  func isRateContext(_ i: Int) -> Bool {
    if number(i) != nil { return true }
    return [
      "times", "twice", "once", "thrice", "million", "billion", "trillion", "thousand", "percent",
      "dollars", "euros", "pounds", "cents", "hours", "days", "yen",
    ].contains(word(i))
  }

  /// The value `offset` units away from the anchor, at the unit's granularity.
  func shiftedValue(_ unit: TimeUnit, _ offset: Int) -> String {
    switch unit {
    case .decade: return anchor.map { String($0.year + 10 * offset) } ?? "XXXX"
    case .century: return anchor.map { String($0.year + 100 * offset) } ?? "XXXX"
    default: return TimeValueFormat.period(unit, offset: offset, from: anchor)
    }
  }

  /// "every Monday", "each year", "every two weeks", "daily", "twice a week", "on Sundays".
  func setExpression(at i: Int) -> TimeMatch? {
    let w = word(i)
    if let value = TimeLexicon.frequencies[w] {
      if tokens[i].isCapitalized && !TenseCues.startsSentence(i, tokens) { return nil }
      return TimeMatch(first: i, last: i, type: .set, value: value)
    }
    if let wd = TimeLexicon.weekdayPlurals[w], tokens[i].isCapitalized {
      return TimeMatch(first: i, last: i, type: .set, value: "XXXX-WXX-\(wd)")
    }
    if (w == "a" || w == "per"), let (unit, plural) = TimeLexicon.units[word(i + 1)], !plural,
      isRateContext(i - 1), !["ago", "earlier", "later", "before"].contains(word(i + 2))
    {
      return TimeMatch(first: i, last: i + 1, type: .set, value: unit.duration(1))
    }
    guard w == "every" || w == "each" else { return nil }
    var j = i + 1
    if word(j) == "other" { j += 1 }
    let step = j > i + 1 ? 2 : 1
    if let wd = weekday(at: j) {
      if let part = partOfDay(after: j) {
        return TimeMatch(first: i, last: part.last, type: .set, value: "XXXX-WXX-\(wd)T\(part.code)")
      }
      return TimeMatch(first: i, last: j, type: .set, value: "XXXX-WXX-\(wd)")
    }
    if let code = TimeLexicon.partsOfDay[word(j)] {
      return TimeMatch(first: i, last: j, type: .set, value: "XXXX-XX-XXT\(code)")
    }
    if let m = month(at: j) {
      return TimeMatch(first: i, last: j, type: .set, value: TimeValueFormat.month(year: nil, month: m))
    }
    var count = step
    if let q = quantity(at: j), let n = q.value, word(j) != "a" {
      count = n
      j = q.last + 1
    }
    guard let (unit, _) = TimeLexicon.units[word(j)] else { return nil }
    return TimeMatch(first: i, last: j, type: .set, value: unit.duration(count))
  }
}
