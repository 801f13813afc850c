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
    return ScalarClass.isUppercase(first)
  }

  /// Whether every letter of the token is uppercase (e.g. "UN", "U.S.").
  public var isAllCaps: Bool {
    var sawLetter = false
    for scalar in text.unicodeScalars where ScalarClass.isLetter(scalar) {
      sawLetter = true
      if !ScalarClass.isUppercase(scalar) { return false }
    }
    return sawLetter
  }

  /// Whether the token is a word (starts with a letter).
  public var isWord: Bool {
    text.unicodeScalars.first.map(ScalarClass.isLetter) ?? false
  }

  /// Whether the token is punctuation.
  public var isPunctuation: Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return !ScalarClass.isLetter(first) && !ScalarClass.isDigit(first)
  }

  static func fold(_ text: String) -> String {
    if let ascii = asciiFold(text) { return ascii }
    var out = String.UnicodeScalarView()
    for s in text.lowercased().unicodeScalars {
      switch s {
      case "\u{2019}", "\u{2018}", "`": out.append("'")
      default: out.append(s)
      }
    }
    return String(out)
  }

  /// ``fold(_:)`` for ASCII text, byte by byte (A-Z to a-z, "`" to "'");
  /// nil when the text has other scalars. Returns `text` itself when nothing changes.
  private static func asciiFold(_ text: String) -> String? {
    let folded: String?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var changes = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if (byte >= 0x41 && byte <= 0x5A) || byte == 0x60 { changes = true }
      }
      guard changes else { return text }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        for (k, byte) in bytes.enumerated() {
          out[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte == 0x60 ? 0x27 : byte
        }
        return bytes.count
      }
    }
    return folded ?? nil
  }
}

/// Character classes of Unicode scalars with ASCII answered without the
/// Unicode property tables (which take a table lookup per call).
///
/// Each function agrees with the `Unicode.Scalar.Properties` test it names
/// for every scalar.
enum ScalarClass {
  /// `properties.isWhitespace`: tab, line feed, vertical tab, form feed, return, space, and non-ASCII spaces.
  @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return s.properties.isWhitespace
  }

  /// `properties.isAlphabetic`: A-Z, a-z, and non-ASCII letters.
  @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    return s.properties.isAlphabetic
  }

  /// `properties.isUppercase`: A-Z, and non-ASCII uppercase letters.
  @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return s.properties.isUppercase
  }

  /// "0"..."9".
  @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x30 && s.value <= 0x39
  }

  /// A letter, a digit or a non-spacing mark (no ASCII scalar is a mark).
  @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
    return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
  }
}
