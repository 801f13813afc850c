/// Years, decades and centuries: "2023", "early 2011", "1957-58", "the late 1970s", "20th century".
extension TimeParser {
  static let yearPrefixWords: Set<String> = ["early", "late", "mid", "fiscal"]
  static let determiners: Set<String> = [
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
  ]
  static let yearFollowers: Set<String> = [
    "and", "to", "or", "when", "with", "in", "on", "at", "for", "the", "a", "an", "after",
    "before", "as", "but", "that", "which", "was", "were", "is", "are", "had", "has", "have",
    "will", "would", "through", "until", "by", "from", "of", "while", "because", "it", "he",
    "she", "they", "we", "i", "there", "this", "also", "saw", "amid", "under", "against", "into",
    "during", "since", "so", "if", "where", "than", "compared", "levels", "level", "s",
  ]

  /// Whether the four-digit number at `i` reads as a year in its context.
  func isLikelyYear(at i: Int) -> Bool {
    guard let y = number(i), tokens[i].length == 4, (1000...2199).contains(y) else { return false }
    let prev = i > 0 ? tokens[i - 1] : nil
    if let prev, prev.kind == .symbol, ["$", "€", "£", "¥", "#"].contains(prev.text) { return false }
    if let prev, prev.kind == .symbol, [",", "."].contains(prev.text), !prev.spaceBefore,
      !tokens[i].spaceBefore, i >= 2, tokens[i - 2].kind == .number
    {
      return false  // "1,2000" or "3.2000"
    }
    if isSymbol(i + 1, "%") || isSymbol(i + 1, ",") && number(i + 2) != nil && isJoined(i + 2) {
      return false
    }
    if isSymbol(i + 1, ".") && number(i + 2) != nil && isJoined(i + 2) { return false }
    let next = i + 1 < tokens.count ? tokens[i + 1] : nil
    if let next, next.kind == .word, TimeLexicon.quantityNouns.contains(next.lower) {
      return false
    }
    if let next, next.kind == .word, next.lower == "s", isJoined(i + 1) { return true }
    let prevWord = word(i - 1)
    if TimeLexicon.dateCues.contains(prevWord) || Self.determiners.contains(prevWord) {
      return true
    }
    if month(at: i - 1) != nil || (isSymbol(i - 1, ".") && month(at: i - 2) != nil) { return true }
    if isSymbol(i - 1, "-") && i >= 2 && number(i - 2) != nil { return true }
    guard let next else { return true }
    if next.kind == .symbol { return next.text != "-" || !isJoined(i + 1) || number(i + 2) != nil }
    if next.kind == .word {
      return Self.yearFollowers.contains(next.lower) || next.isCapitalized
    }
    return false
  }

  /// Plain years with an optional "early/late/mid/fiscal" prefix, decades, centuries and the
  /// second half of "1957-58".
  func yearExpression(at i: Int) -> TimeMatch? {
    var j = i
    if word(j) == "the", ["end", "beginning", "middle", "start"].contains(word(j + 1)),
      word(j + 2) == "of"
    {
      j += 3
    } else if ["end", "beginning", "middle", "start"].contains(word(j)), word(j + 1) == "of" {
      j += 2
    }
    var hasModifier = false
    if word(j) == "the", Self.yearPrefixWords.contains(word(j + 1)) { j += 1 }
    if Self.yearPrefixWords.contains(word(j)) {
      j += isSymbol(j + 1, "-") ? 2 : 1
      hasModifier = true
    }
    if let century = centuryExpression(at: j) {
      return TimeMatch(first: i, last: century.last, type: .date, value: century.value)
    }
    guard let y = number(j) else { return nil }
    // "1990s" (decade), optionally "the late 1990s".
    if tokens[j].length == 4, word(j + 1) == "s", isJoined(j + 1), (1000...2199).contains(y) {
      let first = (word(i) == "the" && !hasModifier) ? i + 1 : i
      return TimeMatch(first: first, last: j + 1, type: .date, value: String(y / 10))
    }
    // "58" in "1957-58".
    if j == i, tokens[j].length == 2, isSymbol(j - 1, "-"), isJoined(j - 1), isJoined(j),
      let previous = number(j - 2), tokens[j - 2].length == 4, (1000...2199).contains(previous)
    {
      let year = previous / 100 * 100 + y
      guard year > previous else { return nil }
      return TimeMatch(first: i, last: j, type: .date, value: String(year))
    }
    guard hasModifier || j > i || isLikelyYear(at: j) else { return nil }
    guard tokens[j].length == 4, (1000...2199).contains(y) else { return nil }
    return TimeMatch(first: i, last: j, type: .date, value: String(y))
  }

  /// "20th century", "the nineteenth century" (the span leaves out "the").
  func centuryExpression(at i: Int) -> (last: Int, value: String)? {
    var n: Int?
    var k = i
    if let d = number(i), isWord(i + 1, in: ["st", "nd", "rd", "th"]), isJoined(i + 1) {
      n = d
      k = i + 1
    } else if let o = TimeLexicon.ordinals[word(i)] {
      n = o
    }
    guard let n, (1...30).contains(n), word(k + 1) == "century" else { return nil }
    return (k + 1, TimeValueFormat.pad2(n - 1))
  }
}
