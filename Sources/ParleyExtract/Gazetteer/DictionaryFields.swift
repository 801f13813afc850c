import ParleyIngest

/// The checks shared by the built-in dictionaries (`Dictionaries/*.tsv`, linted by a test)
/// and the user's own (`--actors FILE`): codes, sectors and dates.
enum DictionaryFields {
  /// Sector codes a dictionary row may give (CAMEO/PLOVER actor roles).
  static let sectors: Set<String> = [
    "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "OPP", "PTY", "IGO", "NGO", "MED", "BUS",
    "CVL", "REF", "LAB", "AGR", "HLH", "UAF", "CRM", "REL", "EDU", "ELI",
  ]

  /// Whether `code` has the shape of an ISO 3166 alpha-3 code (three capital ASCII letters).
  static func isISO3(_ code: String) -> Bool {
    code.utf8.count == 3 && code.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
  }

  /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, strictly; partial dates take their first (or,
  /// with `end`, last) day. Nil for anything else, including impossible days.
  static func date(_ field: String, end: Bool) -> CivilDate? {
    let parts = field.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2, 2]
    guard (1...3).contains(parts.count) else { return nil }
    var numbers: [Int] = []
    for (part, width) in zip(parts, widths) {
      guard part.utf8.count == width, part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(part)
      else { return nil }
      numbers.append(n)
    }
    let year = numbers[0]
    let month = numbers.count > 1 ? numbers[1] : (end ? 12 : 1)
    guard (1...12).contains(month) else { return nil }
    let day = numbers.count > 2 ? numbers[2] : (end ? CivilDate.daysInMonth(year: year, month: month) : 1)
    return CivilDate(year: year, month: month, day: day)
  }

  /// What is wrong with an office's `from` and `to` fields, if anything.
  static func dateProblem(from: String, to: String) -> String? {
    let start = from.isEmpty ? nil : date(from, end: false)
    let finish = to.isEmpty ? nil : date(to, end: true)
    if !from.isEmpty, start == nil { return "from \"\(from)\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)" }
    if !to.isEmpty, finish == nil { return "to \"\(to)\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)" }
    if let start, let finish, finish < start { return "from \(from) is after to \(to)" }
    return nil
  }
}
