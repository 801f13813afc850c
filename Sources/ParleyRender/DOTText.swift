/// Building DOT text safely: every string from an article is quoted and escaped.
public enum DOTText {
  /// `text` as a DOT double-quoted string: backslashes and quotes escaped,
  /// line breaks as `\n`, other control characters dropped.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r", "\t": out += " "
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// An attribute list `[a="1", b="2"]` with keys in sorted order.
  public static func attributes(_ pairs: [String: String]) -> String {
    guard !pairs.isEmpty else { return "" }
    return " [" + pairs.keys.sorted().map { "\($0)=\(quoted(pairs[$0]!))" }.joined(separator: ", ") + "]"
  }

  /// Shortens `text` to at most `limit` characters, ending with an ellipsis when cut.
  public static func truncated(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
