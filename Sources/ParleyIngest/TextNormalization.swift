/// Whitespace and invisible-character clean-up applied to every decoded text.
enum TextNormalization {
  /// Turns CRLF and CR into LF, NBSP and other spaces into a plain space, strips
  /// zero-width characters and soft hyphens, collapses runs of spaces and trims
  /// each line. Blank lines are kept (as empty lines) so formats can use them.
  /// Works on UTF-8 bytes; only non-ASCII scalars are decoded.
  static func normalize(_ text: String) -> String {
    var input = text
    return input.withUTF8 { bytes -> String in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var pendingSpace = false
      var atLineStart = true
      var previousWasCR = false
      var i = 0
      while i < bytes.count {
        let lead = bytes[i]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(i + length, bytes.count)
        var v = UInt32(lead)
        if length > 1 {
          v = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
          for k in (i + 1)..<end { v = v << 6 | UInt32(bytes[k] & 0x3F) }
        }
        defer { i = end }
        if v == 0x0D || v == 0x0A || v == 0x2028 || v == 0x2029 || v == 0x85 {
          if v == 0x0A && previousWasCR {
            previousWasCR = false
            continue
          }
          previousWasCR = v == 0x0D
          out.append(0x0A)
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
          out.append(0x20)
          pendingSpace = false
        }
        for k in i..<end { out.append(bytes[k]) }
        atLineStart = false
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// Splits normalised text into its lines (blank lines included as "").
  static func lines(of text: String) -> [String] {
    var input = text
    return input.withUTF8 { bytes in
      var result: [String] = []
      var start = 0
      for (i, b) in bytes.enumerated() where b == 0x0A {
        result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        start = i + 1
      }
      result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
      return result
    }
  }

  /// Normalises one short field (a title, a metadata value): one line, single spaces.
  static func singleLine(_ text: String) -> String {
    if isSingleLine(text) { return text }
    return normalize(text).split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// Whether `text` is already a normalised line: no line breaks, control
  /// characters, special or doubled spaces, invisible characters or padding.
  static func isSingleLine(_ text: String) -> Bool {
    var copy = text
    return copy.withUTF8 { b in
      guard let first = b.first, let last = b.last, first != 0x20, last != 0x20 else { return b.isEmpty }
      var i = 0
      while i < b.count {
        let c = b[i]
        if c < 0x80 {
          if c < 0x20 || c == 0x7F || (c == 0x20 && b[i + 1] == 0x20) { return false }
          i += 1
          continue
        }
        let n1 = i + 1 < b.count ? b[i + 1] : 0
        let n2 = i + 2 < b.count ? b[i + 2] : 0
        switch c {
        case 0xC2 where n1 == 0xA0 || n1 == 0xAD || n1 == 0x85: return false
        case 0xCD where n1 == 0x8F: return false
        case 0xE1 where (n1 == 0x9A && n2 == 0x80) || (n1 == 0xA0 && n2 == 0x8E): return false
        case 0xE2 where n1 == 0x80 && ((0x80...0x8F).contains(n2) || (0xA8...0xAF).contains(n2)): return false
        case 0xE2 where n1 == 0x81 && (0x9F...0xA4).contains(n2): return false
        case 0xE3 where n1 == 0x80 && n2 == 0x80: return false
        case 0xEF where n1 == 0xBB && n2 == 0xBF: return false
        default: break
        }
        i += 1
      }
      return true
    }
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
