/// A word, number or single symbol of the text, with its scalar offsets.
struct TimeToken: Sendable {
  enum Kind: Sendable { case word, number, symbol }

  var kind: Kind
  /// Offset of the first scalar.
  var start: Int
  /// Offset just past the last scalar.
  var end: Int
  /// The token as written.
  var text: String
  /// Lowercased text (ASCII folding only for speed; other scalars are kept).
  var lower: String
  /// Whether whitespace separates this token from the previous one.
  var spaceBefore: Bool
  /// Whether the whitespace before this token contains a line break.
  var newlineBefore: Bool

  /// Whether the first scalar is an uppercase letter.
  var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
  /// The integer value of a number token.
  var number: Int? { kind == .number && text.unicodeScalars.count <= 9 ? Int(text) : nil }
  /// Number of scalars.
  var length: Int { end - start }
}

/// Splits text into `TimeToken`s in one pass over its Unicode scalars.
enum TimeTokenizer {
  /// Tokens of `text`: runs of letters, runs of ASCII digits, and single symbols.
  static func tokens(of text: String) -> [TimeToken] {
    var tokens: [TimeToken] = []
    tokens.reserveCapacity(text.utf8.count / 4)
    var current = String.UnicodeScalarView()
    var lower = String.UnicodeScalarView()
    var kind = TimeToken.Kind.symbol
    var start = 0
    var offset = 0
    var space = true
    var newline = false
    var pendingSpace = true
    var pendingNewline = false

    func flush() {
      guard !current.isEmpty else { return }
      tokens.append(
        TimeToken(
          kind: kind, start: start, end: offset, text: String(current), lower: String(lower),
          spaceBefore: space, newlineBefore: newline))
      current = String.UnicodeScalarView()
      lower = String.UnicodeScalarView()
    }

    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isDigit = value >= 48 && value <= 57
      let isLetter =
        (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        || (value > 127 && scalar.properties.isAlphabetic)
      if isDigit || isLetter {
        let newKind: TimeToken.Kind = isDigit ? .number : .word
        if current.isEmpty || newKind != kind {
          flush()
          kind = newKind
          start = offset
          space = pendingSpace
          newline = pendingNewline
          pendingSpace = false
          pendingNewline = false
        }
        current.append(scalar)
        if value >= 65 && value <= 90, let folded = Unicode.Scalar(value + 32) {
          lower.append(folded)
        } else {
          lower.append(scalar)
        }
      } else {
        flush()
        if scalar.properties.isWhitespace {
          pendingSpace = true
          if value == 10 || value == 13 { pendingNewline = true }
        } else {
          kind = .symbol
          start = offset
          space = pendingSpace
          newline = pendingNewline
          pendingSpace = false
          pendingNewline = false
          current.append(scalar)
          lower.append(scalar)
          offset += 1
          flush()
          continue
        }
      }
      offset += 1
    }
    flush()
    return tokens
  }
}
