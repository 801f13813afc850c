/// Splits paragraphs into sentences.
///
/// A sentence ends at `.`, `!` or `?` (plus any closing quotes or brackets)
/// followed by a space and an uppercase letter, digit or opening quote, unless
/// the period belongs to a title abbreviation ("Gen.", "Mr."), an initial
/// ("J."), or an abbreviation such as "U.S." followed by a name. A sentence longer than
/// ``maxSentenceScalars`` (text without sentence ends) is cut at the last space before that
/// length, so that no later stage works on an endless sentence.
public struct SentenceSplitter: Sendable {
  /// The longest sentence kept whole, in Unicode scalars (about 300 words; news sentences
  /// are far shorter).
  public static let maxSentenceScalars = 2_000

  /// Creates a splitter.
  public init() {}

  /// The sentences of `paragraph`, trimmed, in order.
  public func sentences(in paragraph: String) -> [String] {
    let scalars = Array(paragraph.unicodeScalars)
    var result: [String] = []
    var start = 0
    var i = 0
    let n = scalars.count
    while i < n {
      let s = scalars[i]
      guard s == "." || s == "!" || s == "?" else {
        i += 1
        continue
      }
      var end = i + 1
      while end < n && (SentenceSplitter.closers.contains(scalars[end]) || scalars[end] == "." ) { end += 1 }
      guard end < n, ScalarClass.isWhitespace(scalars[end]) else {
        i = end
        continue
      }
      var next = end
      while next < n && ScalarClass.isWhitespace(scalars[next]) { next += 1 }
      guard next < n else { break }
      let first = scalars[next]
      let startsSentence =
        ScalarClass.isUppercase(first) || ScalarClass.isDigit(first)
        || SentenceSplitter.openers.contains(first)
      if startsSentence && (s != "." || !isAbbreviation(scalars, before: i, nextWordAt: next)) {
        append(scalars[start..<end], to: &result)
        start = next
      }
      i = next
    }
    append(scalars[start..<n], to: &result)
    return result
  }

  private static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]
  private static let openers: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "["]
  private static let sentenceStarters: Set<String> = [
    "The", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But", "In",
    "On", "A", "An", "His", "Her", "Their", "Its", "There", "And", "As", "At", "After", "Before",
    "Meanwhile", "However", "Both",
  ]

  private func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int, nextWordAt next: Int)
    -> Bool
  {
    var k = dot
    while k > 0 && !ScalarClass.isWhitespace(scalars[k - 1]) && scalars[k - 1] != "(" { k -= 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[k..<dot])
    let word = String(view)
    let lower = word.lowercased()
    if lower == "a.m" || lower == "p.m" { return false }  // "at 3 p.m. Then …" ends there
    if word.count == 1, let c = word.unicodeScalars.first, c.properties.isUppercase { return true }
    if Abbreviations.titles.contains(lower) && !["no", "etc", "inc", "ltd", "corp", "co"].contains(lower) {
      // Month abbreviations and titles precede a name or number.
      return true
    }
    if word.contains(".") {
      // "U.S." ends the sentence only before a typical sentence opener.
      var w = String.UnicodeScalarView()
      var j = next
      while j < scalars.count && ScalarClass.isLetter(scalars[j]) {
        w.append(scalars[j])
        j += 1
      }
      return !SentenceSplitter.sentenceStarters.contains(String(w))
    }
    return false
  }

  private func append(_ slice: ArraySlice<Unicode.Scalar>, to result: inout [String]) {
    var low = slice.startIndex
    var high = slice.endIndex
    while low < high && ScalarClass.isWhitespace(slice[low]) { low += 1 }
    while high > low && ScalarClass.isWhitespace(slice[high - 1]) { high -= 1 }
    let limit = Self.maxSentenceScalars
    while high - low > limit {
      // The last space in the second half of the window, else a cut at the limit.
      var cut = low + limit
      if let space = slice[(low + limit / 2)..<(low + limit)].lastIndex(where: ScalarClass.isWhitespace) { cut = space }
      var end = cut
      while end > low && ScalarClass.isWhitespace(slice[end - 1]) { end -= 1 }
      result.append(Tokenizer.string(slice[low..<end]))
      low = cut
      while low < high && ScalarClass.isWhitespace(slice[low]) { low += 1 }
    }
    if low < high { result.append(Tokenizer.string(slice[low..<high])) }
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !ScalarClass.isWhitespace($0) }),
      let last = scalars.lastIndex(where: { !ScalarClass.isWhitespace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
