/// Markdown inline syntax removed by linear scans: images, links (keeping their text),
/// autolinks, code spans, strong, emphasis, strike-through, HTML tags and backslash escapes.
///
/// Each pass gives what a regular expression would (leftmost, non-overlapping matches,
/// left to right) but finds a match's closing delimiter through a precomputed "next
/// occurrence" table, so an unclosed `[` or `**` costs O(1) instead of a rescan of the rest
/// of the text: every pass is O(*n*) whatever the input (unclosed `![` × 8,000 took 20 s
/// with regular expressions).
enum MarkdownInline {
  /// The text without inline syntax (not yet entity-decoded or space-normalised).
  static func strip(_ text: String) -> String {
    var s = Array(text)
    s = images(s)
    s = links(s)
    s = referenceLinks(s)
    s = autolinks(s)
    s = codeSpans(s)
    s = strong(s)
    s = emphasis(s)
    s = strikeThrough(s)
    s = tags(s)
    s = escapes(s)
    return String(s)
  }

  /// `table[i]`: the first index ≥ i whose character satisfies `matches`, or `s.count`
  /// (the table has `s.count + 2` entries, so lookups just past the end are safe).
  private static func nextIndex(_ s: [Character], where matches: (Character) -> Bool) -> [Int] {
    var table = [Int](repeating: s.count, count: s.count + 2)
    var next = s.count
    for i in s.indices.reversed() {
      if matches(s[i]) { next = i }
      table[i] = next
    }
    return table
  }

  /// `table[i]`: the first index ≥ i starting two `c`s in a row with no line break
  /// before it (from i), or `s.count`.
  private static func nextPair(_ s: [Character], of c: Character) -> [Int] {
    var table = [Int](repeating: s.count, count: s.count + 2)
    var next = s.count
    for i in s.indices.reversed() {
      if s[i].isNewline { next = s.count }
      if s[i] == c, i + 1 < s.count, s[i + 1] == c { next = i }
      table[i] = next
    }
    return table
  }

  /// `![alt](url)` → nothing.
  static func images(_ s: [Character]) -> [Character] {
    let n = s.count
    let bracket = nextIndex(s) { $0 == "]" }
    let paren = nextIndex(s) { $0 == ")" }
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if s[i] == "!", i + 1 < n, s[i + 1] == "[" {
        let j = bracket[i + 2]
        if j + 1 < n, s[j + 1] == "(", paren[j + 2] < n {
          i = paren[j + 2] + 1
          continue
        }
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// `[text](url)` → `text`.
  static func links(_ s: [Character]) -> [Character] {
    let n = s.count
    let bracket = nextIndex(s) { $0 == "]" }
    let paren = nextIndex(s) { $0 == ")" }
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if s[i] == "[" {
        let j = bracket[i + 1]
        if j + 1 < n, s[j + 1] == "(", paren[j + 2] < n {
          out += s[(i + 1)..<j]
          i = paren[j + 2] + 1
          continue
        }
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// `[text][label]` → `text`.
  static func referenceLinks(_ s: [Character]) -> [Character] {
    let n = s.count
    let bracket = nextIndex(s) { $0 == "]" }
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if s[i] == "[" {
        let j = bracket[i + 1]
        if j + 1 < n, s[j + 1] == "[", bracket[j + 2] < n {
          out += s[(i + 1)..<j]
          i = bracket[j + 2] + 1
          continue
        }
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// `<https://…>` → `https://…`.
  static func autolinks(_ s: [Character]) -> [Character] {
    let n = s.count
    let angle = nextIndex(s) { $0 == ">" }
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if s[i] == "<", let scheme = [Array("http:"), Array("https:")].first(where: { has(s, $0, at: i + 1) }),
        angle[i + 1 + scheme.count] < n
      {
        let close = angle[i + 1 + scheme.count]
        out += s[(i + 1)..<close]
        i = close + 1
        continue
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// `` `code` `` → `code`.
  static func codeSpans(_ s: [Character]) -> [Character] {
    let n = s.count
    let tick = nextIndex(s) { $0 == "`" }
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if s[i] == "`", tick[i + 1] < n {
        out += s[(i + 1)..<tick[i + 1]]
        i = tick[i + 1] + 1
        continue
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// `**strong**` and `__strong__` → `strong` (the shortest non-empty span on one line).
  static func strong(_ s: [Character]) -> [Character] { paired(s, delimiters: ["*", "_"]) }

  /// `~~struck~~` → `struck`.
  static func strikeThrough(_ s: [Character]) -> [Character] { paired(s, delimiters: ["~"]) }

  private static func paired(_ s: [Character], delimiters: [Character]) -> [Character] {
    let n = s.count
    let tables = Dictionary(uniqueKeysWithValues: delimiters.map { ($0, nextPair(s, of: $0)) })
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if i + 1 < n, s[i] == s[i + 1], let table = tables[s[i]], i + 2 < n, !s[i + 2].isNewline {
        let close = table[i + 3]
        if close < n {
          out += s[(i + 2)..<close]
          i = close + 2
          continue
        }
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// `*em*` and `_em_` → `em`, when the opening delimiter starts the text or follows a
  /// character that is neither a word character nor `*`, the text starts with neither
  /// `*`, `_` nor a space, and no word character or `*` follows the closing delimiter.
  static func emphasis(_ s: [Character]) -> [Character] {
    let n = s.count
    let delimiter = nextIndex(s) { $0 == "*" || $0 == "_" }
    func close(openingAt p: Int) -> Int? {
      guard p + 1 < n, s[p] == "*" || s[p] == "_", s[p + 1] != "*", s[p + 1] != "_", !s[p + 1].isWhitespace
      else { return nil }
      let q = delimiter[p + 2]
      guard q < n, q + 1 == n || !(isWord(s[q + 1]) || s[q + 1] == "*") else { return nil }
      return q
    }
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if i == 0, let q = close(openingAt: 0) {
        out += s[1..<q]
        i = q + 1
        continue
      }
      if !isWord(s[i]), s[i] != "*", let q = close(openingAt: i + 1) {
        out.append(s[i])
        out += s[(i + 2)..<q]
        i = q + 1
        continue
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// `<tag …>` and `</tag>` → nothing.
  static func tags(_ s: [Character]) -> [Character] {
    let n = s.count
    let angle = nextIndex(s) { $0 == ">" }
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if s[i] == "<" {
        let letter = i + 1 < n && s[i + 1] == "/" ? i + 2 : i + 1
        if letter < n, s[letter].isASCII, s[letter].isLetter, angle[letter + 1] < n {
          i = angle[letter + 1] + 1
          continue
        }
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  private static let escapable = Set("\\`*_{}[]()#+-.!")

  /// `\*` → `*` (and the other Markdown punctuation).
  static func escapes(_ s: [Character]) -> [Character] {
    let n = s.count
    var out: [Character] = []
    out.reserveCapacity(n)
    var i = 0
    while i < n {
      if s[i] == "\\", i + 1 < n, escapable.contains(s[i + 1]) {
        out.append(s[i + 1])
        i += 2
        continue
      }
      out.append(s[i])
      i += 1
    }
    return out
  }

  /// A heading's text without a closing run of `#` after white space ("Title ##" → "Title").
  static func withoutClosingHashes(_ text: String) -> String {
    let s = Array(text)
    var end = s.count
    while end > 0, s[end - 1] == "#" { end -= 1 }
    guard end < s.count, end > 0, s[end - 1].isWhitespace else { return text }
    while end > 0, s[end - 1].isWhitespace { end -= 1 }
    return String(s[..<end])
  }

  private static func has(_ s: [Character], _ prefix: [Character], at i: Int) -> Bool {
    i + prefix.count <= s.count && s[i..<(i + prefix.count)].elementsEqual(prefix)
  }

  private static func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
}
