import ParleyIngest

/// Formatting of TIMEX3 values and calendar arithmetic on weeks, quarters and seasons.
public enum TimeValueFormat {
  /// Two digits with a leading zero.
  static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

  /// A year as four digits, or `XXXX` when unknown.
  static func year(_ y: Int?) -> String {
    guard let y else { return "XXXX" }
    let s = String(y)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
  }

  /// `YYYY-MM`, with `XXXX` for an unknown year.
  static func month(year y: Int?, month m: Int) -> String { year(y) + "-" + pad2(m) }

  /// `YYYY-MM-DD`, with `XXXX` for an unknown year.
  static func day(year y: Int?, month m: Int, day d: Int) -> String {
    year(y) + "-" + pad2(m) + "-" + pad2(d)
  }

  /// The ISO 8601 week-year and week number of `date`.
  static func isoWeek(of date: CivilDate) -> (year: Int, week: Int) {
    // The week belongs to the year of its Thursday.
    let thursday = date.adding(days: 4 - date.weekday)
    let jan1 = CivilDate(year: thursday.year, month: 1, day: 1) ?? thursday
    let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
    return (thursday.year, week)
  }

  /// The days a TIMEX3 date value covers: `2015-10-07` one, `2015-W40` its seven (Monday
  /// first), `2015-09` the month's, `2015` the year's; empty for other values.
  public static func days(coveredBy value: String) -> [CivilDate] {
    guard let (first, count) = span(coveredBy: value) else { return [] }
    return (0..<count).map { first.adding(days: $0) }
  }

  /// The first day of the days ``days(coveredBy:)`` lists and how many there are, without
  /// listing them (a year is 365 of them); nil when there are none.
  public static func span(coveredBy value: String) -> (first: CivilDate, count: Int)? {
    let parts = value.split(separator: "-")
    guard let y = Int(parts.first ?? ""), parts[0].count == 4 else { return nil }
    var first: CivilDate?
    var count = 0
    if parts.count == 3, let m = Int(parts[1]), let d = Int(parts[2]) {
      first = CivilDate(year: y, month: m, day: d)
      count = 1
    } else if parts.count == 2, parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()),
      let jan4 = CivilDate(year: y, month: 1, day: 4)
    {
      // Week 1 is the week holding January 4.
      first = jan4.adding(days: 1 - jan4.weekday + 7 * (w - 1))
      count = 7
    } else if parts.count == 2, let m = Int(parts[1]), (1...12).contains(m) {
      first = CivilDate(year: y, month: m, day: 1)
      count = CivilDate.daysInMonth(year: y, month: m)
    } else if parts.count == 1 {
      first = CivilDate(year: y, month: 1, day: 1)
      count = CivilDate.isLeapYear(y) ? 366 : 365
    }
    guard let first, count > 0 else { return nil }
    return (first, count)
  }

  /// `YYYY-Www` for the ISO week containing `date`.
  static func week(of date: CivilDate) -> String {
    let (y, w) = isoWeek(of: date)
    return year(y) + "-W" + pad2(w)
  }

  /// `YYYY-Qn`.
  static func quarter(year y: Int?, quarter q: Int) -> String { year(y) + "-Q\(q)" }

  /// The quarter (1...4) containing `date`.
  static func quarter(of date: CivilDate) -> Int { (date.month - 1) / 3 + 1 }

  /// The value of the period `offset` units away from the one containing `anchor`.
  /// - Parameters:
  ///   - unit: the calendar unit, which also sets the granularity of the value.
  ///   - offset: how many units later (negative = earlier).
  ///   - anchor: the reference day, or nil for an unresolved value.
  static func period(_ unit: TimeUnit, offset: Int, from anchor: CivilDate?) -> String {
    guard let anchor else {
      switch unit {
      case .day: return "XXXX-XX-XX"
      case .week, .weekend: return "XXXX-WXX"
      case .month: return "XXXX-XX"
      case .quarter: return "XXXX-QX"
      case .decade: return "XXX"
      case .century: return "XX"
      default: return "XXXX"
      }
    }
    switch unit {
    case .second, .minute, .hour: return anchor.description
    case .day: return anchor.adding(days: offset).description
    case .week: return week(of: anchor.adding(days: 7 * offset))
    case .weekend: return week(of: anchor.adding(days: 7 * offset)) + "-WE"
    case .month:
      let d = anchor.adding(months: offset)
      return month(year: d.year, month: d.month)
    case .quarter:
      let d = anchor.adding(months: 3 * offset)
      return quarter(year: d.year, quarter: quarter(of: d))
    case .year: return year(anchor.year + offset)
    case .decade: return String(floorDiv(anchor.year, 10) + offset)
    case .century: return String(floorDiv(anchor.year, 100) + offset)
    }
  }

  /// Integer division rounding toward negative infinity.
  static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
}
