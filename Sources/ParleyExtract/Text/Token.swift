/// A word, number or punctuation mark of a sentence.
public struct Token: Sendable, Hashable {
  /// The text as written.
  public var text: String
  /// The text lowercased, with curly apostrophes folded to `'`.
  public var lower: String
  /// Offset of the first Unicode scalar in the sentence.
  public var start: Int
  /// Offset just past the last Unicode scalar in the sentence.
  public var end: Int

  /// Creates a token.
  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
    self.lower = Token.fold(text)
  }

  /// Whether the token starts with an uppercase letter.
  public var isCapitalized: Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }

  /// Whether every letter of the token is uppercase (e.g. "UN", "U.S.").
  public var isAllCaps: Bool {
    var sawLetter = false
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      sawLetter = true
      if !scalar.properties.isUppercase { return false }
    }
    return sawLetter
  }

  /// Whether the token is a word (starts with a letter).
  public var isWord: Bool {
    text.unicodeScalars.first?.properties.isAlphabetic ?? false
  }

  /// Whether the token is punctuation.
  public var isPunctuation: Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return !first.properties.isAlphabetic && !("0"..."9").contains(first)
  }

  static func fold(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in text.lowercased().unicodeScalars {
      switch s {
      case "\u{2019}", "\u{2018}", "`": out.append("'")
      default: out.append(s)
      }
    }
    return String(out)
  }
}
