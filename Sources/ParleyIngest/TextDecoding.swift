/// Bytes → text: BOM detection, UTF-8 validation and repair, UTF-16, and a
/// Windows-1252 fallback for legacy files.
enum TextDecoding {
  /// The encodings a file can be decoded from.
  enum Encoding: String {
    case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1252 = "Windows-1252"
  }

  /// A decoded text and how it was obtained.
  struct Result {
    var text: String
    var encoding: Encoding
    /// Whether invalid byte sequences were replaced with U+FFFD.
    var wasRepaired: Bool
  }

  /// Whether the bytes have a UTF-16 byte order mark.
  static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
  }

  /// Decodes `bytes`; never fails.
  static func decode(_ bytes: [UInt8]) -> Result {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      return decodeUTF8(bytes[3...])
    }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
      return Result(text: decodeUTF16(bytes[2...], bigEndian: false), encoding: .utf16LE, wasRepaired: false)
    }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
      return Result(text: decodeUTF16(bytes[2...], bigEndian: true), encoding: .utf16BE, wasRepaired: false)
    }
    if let bigEndian = utf16ByteOrderWithoutBOM(bytes) {
      let (text, repaired) = decodeUTF16Checked(bytes[...], bigEndian: bigEndian)
      return Result(text: text, encoding: bigEndian ? .utf16BE : .utf16LE, wasRepaired: repaired)
    }
    return decodeUTF8(bytes[...])
  }

  /// The byte order of UTF-16 text without a byte order mark, told by its NUL bytes: in
  /// mostly-Latin text every other byte is NUL (odd positions little-endian, even
  /// positions big-endian). Nil when the first 8 KiB do not show that pattern.
  static func utf16ByteOrderWithoutBOM(_ bytes: [UInt8]) -> Bool? {
    let sample = bytes.prefix(8192)
    let pairs = sample.count / 2
    guard pairs >= 2 else { return nil }
    var nulEven = 0
    var nulOdd = 0
    for (offset, b) in sample.prefix(pairs * 2).enumerated() where b == 0 {
      if offset % 2 == 0 { nulEven += 1 } else { nulOdd += 1 }
    }
    if nulOdd * 10 >= pairs * 7 && nulEven * 10 <= pairs { return false }
    if nulEven * 10 >= pairs * 7 && nulOdd * 10 <= pairs { return true }
    return nil
  }

  private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Result {
    if let text = String(validating: bytes, as: UTF8.self) {
      return Result(text: text, encoding: .utf8, wasRepaired: false)
    }
    // Mostly valid UTF-8 with a few broken sequences: repair. Otherwise it is a
    // legacy single-byte file.
    let (validMultiByte, invalid) = utf8Census(bytes)
    if validMultiByte > invalid || !looksLikeWindows1252(bytes) {
      return Result(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, wasRepaired: true)
    }
    return Result(text: decodeWindows1252(bytes), encoding: .windows1252, wasRepaired: false)
  }

  /// Whether the bytes above 0x7F read as legacy Windows-1252 text: each run of them is
  /// one typographic character (quote, dash, ellipsis, euro, a Latin-1 sign) or up to three
  /// letters touching an ASCII letter ("Genève", "Ŝ"). Stray bytes in ASCII text (0xFF
  /// between spaces, a truncated UTF-8 sequence) do not, and are repaired as UTF-8 instead.
  static func looksLikeWindows1252(_ bytes: ArraySlice<UInt8>) -> Bool {
    func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    func isLetter(_ b: UInt8) -> Bool {
      (b >= 0xC0 && b != 0xD7 && b != 0xF7) || [0x83, 0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E, 0x9F].contains(b)
    }
    func isSign(_ b: UInt8) -> Bool {
      [0x80, 0x85, 0x86, 0x87, 0x89, 0x8B, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9B].contains(b)
        || (0xA0...0xBF).contains(b) || b == 0xD7 || b == 0xF7
    }
    var i = bytes.startIndex
    while i < bytes.endIndex {
      guard bytes[i] >= 0x80 else {
        i += 1
        continue
      }
      var end = i
      while end < bytes.endIndex, bytes[end] >= 0x80 { end += 1 }
      let run = bytes[i..<end]
      let touchesLetter = (i > bytes.startIndex && isASCIILetter(bytes[i - 1]))
        || (end < bytes.endIndex && isASCIILetter(bytes[end]))
      let ok = (run.count == 1 && isSign(run.first!)) || (run.count <= 3 && touchesLetter && run.allSatisfy(isLetter))
      if !ok { return false }
      i = end
    }
    return true
  }

  /// Counts well-formed multi-byte sequences and invalid bytes.
  static func utf8Census(_ bytes: ArraySlice<UInt8>) -> (validMultiByte: Int, invalid: Int) {
    var valid = 0
    var invalid = 0
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let b = bytes[i]
      let length: Int
      switch b {
      case 0x00...0x7F: i += 1; continue
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: invalid += 1; i += 1; continue
      }
      var ok = i + length <= bytes.endIndex
      if ok {
        for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { ok = false }
      }
      if ok {
        valid += 1
        i += length
      } else {
        invalid += 1
        i += 1
      }
    }
    return (valid, invalid)
  }

  /// UTF-16 text and whether unpaired surrogates were replaced.
  private static func decodeUTF16Checked(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (String, Bool) {
    let units = utf16Units(bytes, bigEndian: bigEndian)
    var repaired = false
    var scalars = String.UnicodeScalarView()
    var iterator = units.makeIterator()
    var decoder = UTF16()
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput: break decoding
      case .error:
        repaired = true
        scalars.append("\u{FFFD}")
      }
    }
    return (String(scalars), repaired)
  }

  private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    String(decoding: utf16Units(bytes, bigEndian: bigEndian), as: UTF16.self)
  }

  /// The 16-bit code units of `bytes` in the given byte order (an odd last byte dropped).
  private static func utf16Units(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt16] {
    var units = [UInt16]()
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
      i += 2
    }
    return units
  }

  /// Windows-1252 (a superset of Latin-1 for printable text): 0x80–0x9F are
  /// typographic characters; undefined positions map to U+FFFD.
  static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for b in bytes {
      let value: UInt32 =
        (0x80...0x9F).contains(b) ? UInt32(windows1252High[Int(b) - 0x80]) : UInt32(b)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  private static let windows1252High: [UInt16] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]

  /// Whether the bytes look like a binary file: NUL bytes (outside UTF-16) or
  /// more than 10% control characters in the first 8 KiB.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    if hasUTF16BOM(bytes) || utf16ByteOrderWithoutBOM(bytes) != nil { return false }
    let sample = bytes.prefix(8192)
    if sample.isEmpty { return false }
    var control = 0
    for b in sample {
      if b == 0 { return true }
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
    }
    return control * 10 > sample.count
  }
}
