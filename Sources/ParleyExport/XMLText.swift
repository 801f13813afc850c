/// Escaping for the XML exports (GraphML, GEXF).
enum XMLText {
  /// `text` with the characters XML 1.0 forbids removed (C0 controls other than tab, line
  /// feed and carriage return; U+FFFE and U+FFFF) and `&`, `<`, `>`, `"` and `'` escaped.
  /// Tab, line feed and carriage return become character references, so that attribute
  /// values and element text keep them through a parser's whitespace normalisation.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
