/// Decoding of HTML character references (`&amp;`, `&#8217;`, `&#x2019;`).
enum HTMLEntities {
  /// Replaces named and numeric character references; unknown names stay as written.
  static func decode(_ text: some StringProtocol) -> String {
    guard text.contains("&") else { return String(text) }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      guard c == "&" else {
        out.append(c)
        i = text.index(after: i)
        continue
      }
      let afterAmp = text.index(after: i)
      var j = afterAmp
      var length = 0
      while j < text.endIndex, length < 32, text[j] != ";", text[j] != "&", text[j] != " ", text[j] != "<" {
        j = text.index(after: j)
        length += 1
      }
      let name = text[afterAmp..<j]
      let hasSemicolon = j < text.endIndex && text[j] == ";"
      if let scalar = resolve(name) {
        out.unicodeScalars.append(scalar)
        i = hasSemicolon ? text.index(after: j) : j
      } else {
        out.append("&")
        i = afterAmp
      }
    }
    return out
  }

  private static func resolve(_ name: some StringProtocol) -> Unicode.Scalar? {
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value: UInt32?
      if digits.hasPrefix("x") || digits.hasPrefix("X") {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits)
      }
      guard var v = value else { return nil }
      if (0x80...0x9F).contains(v) {
        // Browsers read these references as Windows-1252.
        v = TextDecoding.decodeWindows1252([UInt8(v)][...]).unicodeScalars.first?.value ?? 0xFFFD
      }
      if v == 0 { return "\u{FFFD}" }
      return Unicode.Scalar(v) ?? "\u{FFFD}"
    }
    return named[String(name)].flatMap { Unicode.Scalar($0) }
  }

  private static let latin1Names = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
    "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
    "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
    "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
    "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
    "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml",
  ]

  private static let named: [String: UInt32] = {
    var table: [String: UInt32] = [
      "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "ndash": 0x2013,
      "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C,
      "rdquo": 0x201D, "bdquo": 0x201E, "hellip": 0x2026, "bull": 0x2022, "dagger": 0x2020,
      "Dagger": 0x2021, "permil": 0x2030, "lsaquo": 0x2039, "rsaquo": 0x203A, "euro": 0x20AC,
      "trade": 0x2122, "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "zwnj": 0x200C,
      "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "minus": 0x2212, "prime": 0x2032,
      "Prime": 0x2033, "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161,
      "Yuml": 0x178, "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC, "larr": 0x2190,
      "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "NewLine": 0x0A, "Tab": 0x09,
      "AMP": 0x26, "LT": 0x3C, "GT": 0x3E, "QUOT": 0x22, "COPY": 0xA9, "REG": 0xAE,
    ]
    for (offset, name) in latin1Names.enumerated() { table[name] = 0xA0 + UInt32(offset) }
    return table
  }()
}
