import ParleyIngest

/// Resolution of underspecified dates (no year, bare weekday) against the anchor and tense.
extension TimeParser {
  /// The year for a month (and day) written without one.
  ///
  /// Past tense never resolves after the anchor, future tense never before it; with no cue the
  /// year that puts the date nearest the anchor wins. Returns nil without an anchor.
  func resolveYear(month: Int, day: Int?, tense: TimeTense) -> Int? {
    guard let anchor else { return nil }
    let y = anchor.year
    func key(_ year: Int) -> Int { year * 10_000 + month * 100 + (day ?? 0) }
    let anchorKey = anchor.year * 10_000 + anchor.month * 100 + (day == nil ? 0 : anchor.day)
    var year: Int
    switch tense {
    case .past: year = key(y) > anchorKey ? y - 1 : y
    case .future: year = key(y) < anchorKey ? y + 1 : y
    case .none:
      // Nearest of the previous, this and the next year, measured in months.
      let here = anchor.year * 12 + anchor.month
      year = [y - 1, y, y + 1].min { a, b in
        let da = abs(a * 12 + month - here)
        let db = abs(b * 12 + month - here)
        return da == db ? a > b : da < db
      } ?? y
    }
    // A tense cue can belong to another clause ("proposed talks on May 15" in a May 11
    // article): it never pushes a date more than half a year away when a reading within
    // five weeks of the anchor exists.
    if tense != .none, let d = day, let chosen = CivilDate(year: year, month: month, day: d) {
      let near = [y - 1, y, y + 1].compactMap { CivilDate(year: $0, month: month, day: d) }
        .min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) }
      if let near, abs(chosen.dayNumber - anchor.dayNumber) > 183,
        abs(near.dayNumber - anchor.dayNumber) <= 35
      {
        year = near.year
      }
    }
    if month == 2, day == 29, !CivilDate.isLeapYear(year) {
      let step = tense == .future ? 1 : -1
      var candidate = year
      while !CivilDate.isLeapYear(candidate) { candidate += step }
      year = candidate
    }
    return year
  }

  /// The date of ISO weekday `weekday` for a bare weekday name.
  /// - Parameters:
  ///   - weekday: 1 = Monday ... 7 = Sunday.
  ///   - shift: -1 for "last", +1 for "next", 0 for a bare name or "this".
  ///   - tense: the clause tense; bare names default to the past six days.
  func resolveWeekday(_ weekday: Int, shift: Int, tense: TimeTense) -> CivilDate? {
    guard let anchor else { return nil }
    let back = (anchor.weekday - weekday + 7) % 7  // 0...6 days back
    let forward = (weekday - anchor.weekday + 7) % 7  // 0...6 days ahead
    switch shift {
    case ..<0: return anchor.adding(days: -(back == 0 ? 7 : back))
    case 1...: return anchor.adding(days: forward == 0 ? 7 : forward)
    default:
      switch tense {
      case .future: return anchor.adding(days: forward)
      case .past, .none: return anchor.adding(days: -back)
      }
    }
  }

  /// A TIMEX3 day value, or `XXXX-MM-DD` when the year is unknown.
  func dayValue(year: Int?, month: Int, day: Int) -> String? {
    if let year {
      guard CivilDate(year: year, month: month, day: day) != nil else { return nil }
    } else {
      guard day >= 1, day <= (month == 2 ? 29 : CivilDate.daysInMonth(year: 2001, month: month))
      else { return nil }
    }
    return TimeValueFormat.day(year: year, month: month, day: day)
  }

  /// A TIMEX3 value for `date` or an unresolved `XXXX-XX-XX`.
  func dateValue(_ date: CivilDate?) -> String { date?.description ?? "XXXX-XX-XX" }
}
