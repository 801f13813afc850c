extension String {
  /// The string safe to print on a terminal: control characters (C0, DEL, C1) are shown
  /// as escapes (`\n`, `\r`, `\t`, `\x1b`, `\u{85}`, …) and backslashes are doubled, so a
  /// file name cannot forge lines or send escape sequences.
  public var terminalEscaped: String {
    var out = ""
    out.unicodeScalars.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      switch scalar.value {
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x5C: out += "\\\\"
      case 0x00..<0x20, 0x7F:
        out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
      case 0x80..<0xA0, 0x2028, 0x2029:
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
