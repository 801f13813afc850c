/// Dates and years hidden in file names ("reuters-2025-04-28-talks.txt").
enum FileNameDate {
  /// The first `YYYY-MM-DD`, `YYYY_MM_DD` or `YYYYMMDD` in the last path component.
  static func date(inPath path: String) -> CivilDate? {
    let name = Array(lastComponent(path).utf8)
    var i = 0
    while i + 8 <= name.count {
      if let date = dateAt(name, i) { return date }
      i += 1
    }
    return nil
  }

  /// A plausible year (1900–2099) standing alone in the last path component.
  static func year(inPath path: String) -> Int? {
    if let date = date(inPath: path) { return date.year }
    let name = Array(lastComponent(path).utf8)
    var i = 0
    while i + 4 <= name.count {
      if (i == 0 || !isDigit(name[i - 1])) && (i + 4 == name.count || !isDigit(name[i + 4])),
        let y = number(name, i, 4), (1900...2099).contains(y)
      {
        return y
      }
      i += 1
    }
    return nil
  }

  private static func lastComponent(_ path: String) -> Substring {
    path.split(separator: "/").last ?? Substring(path)
  }

  private static func dateAt(_ s: [UInt8], _ i: Int) -> CivilDate? {
    guard i == 0 || !isDigit(s[i - 1]), let year = number(s, i, 4), (1900...2099).contains(year)
    else { return nil }
    var j = i + 4
    let separator = j < s.count && (s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "_") || s[j] == UInt8(ascii: "."))
    if separator { j += 1 }
    guard let month = number(s, j, 2) else { return nil }
    j += 2
    if separator {
      guard j < s.count, s[j] == s[i + 4] else { return nil }
      j += 1
    }
    guard let day = number(s, j, 2), j + 2 == s.count || !isDigit(s[j + 2]) else { return nil }
    return CivilDate(year: year, month: month, day: day)
  }

  private static func number(_ s: [UInt8], _ i: Int, _ length: Int) -> Int? {
    guard i >= 0, i + length <= s.count else { return nil }
    var value = 0
    for k in i..<(i + length) {
      guard isDigit(s[k]) else { return nil }
      value = value * 10 + Int(s[k] - UInt8(ascii: "0"))
    }
    return value
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
