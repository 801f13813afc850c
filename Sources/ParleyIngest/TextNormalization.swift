/// Whitespace and invisible-character clean-up applied to every decoded text.
enum TextNormalization {
  /// Turns CRLF and CR into LF, NBSP and other spaces into a plain space, strips
  /// zero-width characters and soft hyphens, collapses runs of spaces and trims
  /// each line. Blank lines are kept (as empty lines) so formats can use them.
  static func normalize(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.reserveCapacity(text.unicodeScalars.count)
    var pendingSpace = false
    var atLineStart = true
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v == 0x0D || v == 0x0A || v == 0x2028 || v == 0x2029 || v == 0x85 {
        if v == 0x0A && previousWasCR {
          previousWasCR = false
          continue
        }
        previousWasCR = v == 0x0D
        out.append("\n")
        pendingSpace = false
        atLineStart = true
        continue
      }
      previousWasCR = false
      if isSpace(v) {
        if !atLineStart { pendingSpace = true }
        continue
      }
      if isInvisible(v) { continue }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
      atLineStart = false
    }
    return String(out)
  }

  /// Splits normalised text into its lines (blank lines included as "").
  static func lines(of text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// Normalises one short field (a title, a metadata value): one line, single spaces.
  static func singleLine(_ text: String) -> String {
    normalize(text).split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  static func isSpace(_ v: UInt32) -> Bool {
    switch v {
    case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  static func isInvisible(_ v: UInt32) -> Bool {
    switch v {
    case 0xAD, 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0x180E, 0x034F: return true
    case 0x00...0x08, 0x0E...0x1F, 0x7F: return true  // stray control characters
    default: return false
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces (normalised text has no other blanks).
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }
}
