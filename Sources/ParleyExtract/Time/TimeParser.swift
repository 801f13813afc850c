import ParleyIngest

/// A temporal expression found over tokens `first...last`.
struct TimeMatch: Sendable {
  var first: Int
  var last: Int
  var type: TimexType
  var value: String
}

/// Recognises temporal expressions over a token array and normalises them to TIMEX3 values.
///
/// Each rule family lives in its own extension (`TimeParser+Calendar`, `+Relative`,
/// `+Duration`, `+Clock`). `match(at:)` runs them all at one token and keeps the longest.
struct TimeParser {
  let tokens: [TimeToken]
  let anchor: CivilDate?

  init(tokens: [TimeToken], anchor: CivilDate?) {
    self.tokens = tokens
    self.anchor = anchor
  }

  /// All non-overlapping matches, left to right.
  func matches() -> [TimeMatch] {
    var result: [TimeMatch] = []
    var i = 0
    while i < tokens.count {
      if let m = match(at: i) {
        result.append(m)
        i = m.last + 1
      } else {
        i += 1
      }
    }
    return result
  }

  /// The longest expression starting at token `i`, if any.
  func match(at i: Int) -> TimeMatch? {
    let t = tokens[i]
    // Cheap filter: every rule starts with a number or a word.
    guard t.kind != .symbol else { return nil }
    var best: TimeMatch?
    func consider(_ m: TimeMatch?) {
      guard let m else { return }
      if let b = best, m.last <= b.last { return }
      best = m
    }
    if t.kind == .number {
      consider(clockTime(at: i))
      consider(numericDate(at: i))
      consider(dayMonthDate(at: i))
      consider(yearExpression(at: i))
      consider(duration(at: i))
      return best
    }
    consider(clockTime(at: i))
    consider(monthExpression(at: i))
    consider(dayMonthDate(at: i))
    consider(yearExpression(at: i))
    consider(weekdayExpression(at: i))
    consider(deicticDay(at: i))
    consider(relativePeriod(at: i))
    consider(yearBoundary(at: i))
    consider(quarterExpression(at: i))
    consider(seasonExpression(at: i))
    consider(duration(at: i))
    consider(setExpression(at: i))
    consider(reference(at: i))
    return best
  }

  // MARK: Token access

  /// The lowercase text of token `i`, or "" outside the text.
  func word(_ i: Int) -> String {
    i >= 0 && i < tokens.count && tokens[i].kind != .number ? tokens[i].lower : ""
  }

  /// Whether token `i` is a word in `set`.
  func isWord(_ i: Int, in set: Set<String>) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].kind == .word && set.contains(tokens[i].lower)
  }

  /// Whether token `i` is the symbol `s`.
  func isSymbol(_ i: Int, _ s: String) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].text == s
  }

  /// Whether token `i` follows the previous one with no space ("mid-May", "20th").
  func isJoined(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].spaceBefore }

  /// The number value of token `i` when it is a number.
  func number(_ i: Int) -> Int? { i >= 0 && i < tokens.count ? tokens[i].number : nil }

  /// Whether token `i` starts with an uppercase letter.
  func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isCapitalized }

  /// Skips a "." right after an abbreviation at `i` ("Sept."): returns the last token used.
  func skipAbbreviationDot(_ i: Int) -> Int {
    isSymbol(i + 1, ".") && isJoined(i + 1) && tokens[i].length <= 4 ? i + 1 : i
  }

  /// Skips an ordinal suffix after the number at `i` ("25th"): returns the last token used.
  func skipOrdinalSuffix(_ i: Int) -> Int {
    isWord(i + 1, in: ["st", "nd", "rd", "th"]) && isJoined(i + 1) ? i + 1 : i
  }

  /// The tense cue around tokens `first...last`.
  func tense(_ first: Int, _ last: Int) -> TimeTense {
    // "the April 25 conversation": a date used as a modifier names a known day;
    // the clause's tense says nothing about it, so the nearest reading wins.
    if first > 0, ["the", "this", "that", "its", "their", "his", "her"].contains(word(first - 1)),
      case let next = word(last + 1), next.first?.isLetter == true,
      !["of", "and", "or", "to", "in", "on", "at", "for"].contains(next)
    {
      return .none
    }
    return TenseCues.tense(around: first, last, in: tokens)
  }
}
