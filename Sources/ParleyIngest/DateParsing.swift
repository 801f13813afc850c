/// Lenient parsing of the date formats found in metadata fields.
enum DateParsing {
  static let monthNames: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  /// The calendar day of a metadata value: the `YYYY-MM-DD` part of an ISO
  /// timestamp, `YYYY/MM/DD`, `YYYYMMDD`, "April 28, 2025", "28 Apr 2025",
  /// RFC 2822 ("Mon, 28 Apr 2025 10:00:00 GMT") or Unix seconds/milliseconds.
  static func date(from value: String) -> CivilDate? {
    let text = value.trimmingSpaces
    guard !text.isEmpty else { return nil }
    let bytes = Array(text.utf8)
    if bytes.count >= 10, let y = number(bytes, 0, 4), bytes[4] == bytes[7],
      bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/") || bytes[4] == UInt8(ascii: "."),
      let m = number(bytes, 5, 2), let d = number(bytes, 8, 2)
    {
      return CivilDate(year: y, month: m, day: d)
    }
    if bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
      if bytes.count == 8, let y = number(bytes, 0, 4), let m = number(bytes, 4, 2),
        let d = number(bytes, 6, 2), let date = CivilDate(year: y, month: m, day: d)
      {
        return date
      }
      if let n = Int(text), bytes.count == 10 || bytes.count == 13 {
        let seconds = bytes.count == 13 ? n / 1000 : n
        return CivilDate(dayNumber: seconds / 86_400)
      }
      return nil
    }
    return wordDate(text)
  }

  /// "April 28, 2025", "28 April 2025", "Mon, 28 Apr 2025 …".
  private static func wordDate(_ text: String) -> CivilDate? {
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "T" && false })
    var month: Int?
    var day: Int?
    var year: Int?
    for token in tokens.prefix(6) {
      let lower = token.lowercased()
      if month == nil, let m = monthNames[lower] {
        month = m
      } else if let n = Int(lower) {
        if n >= 1000 && year == nil {
          year = n
        } else if n >= 1 && n <= 31 && day == nil {
          day = n
        }
      } else if lower.hasSuffix("st") || lower.hasSuffix("nd") || lower.hasSuffix("rd") || lower.hasSuffix("th"),
        let n = Int(lower.dropLast(2)), day == nil, (1...31).contains(n)
      {
        day = n
      }
    }
    guard let y = year, let m = month, let d = day else { return nil }
    return CivilDate(year: y, month: m, day: d)
  }

  private static func number(_ s: [UInt8], _ i: Int, _ length: Int) -> Int? {
    guard i + length <= s.count else { return nil }
    var value = 0
    for k in i..<(i + length) {
      guard s[k] >= 48 && s[k] <= 57 else { return nil }
      value = value * 10 + Int(s[k] - 48)
    }
    return value
  }
}
