import ParleyIngest

/// Clock times: "3 p.m.", "10:30 a.m. Tuesday", "15:00 GMT Saturday", "noon".
extension TimeParser {
  static let timeZones: Set<String> = [
    "gmt", "utc", "est", "edt", "et", "pst", "pdt", "cst", "cdt", "bst", "cet", "cest", "local",
  ]

  /// "a.m."/"p.m."/"am"/"pm" starting at `i`: whether it is p.m., and the last token.
  func meridiem(at i: Int) -> (pm: Bool, last: Int)? {
    let w = word(i)
    if w == "am" || w == "pm" {
      // "am" is also a verb: accept only right after a number or in capitals.
      if w == "am" && tokens[i].text != "AM" && tokens[i].spaceBefore { return nil }
      return (w == "pm", i)
    }
    if (w == "a" || w == "p"), isSymbol(i + 1, "."), isJoined(i + 1), word(i + 2) == "m",
      isJoined(i + 2)
    {
      let last = isSymbol(i + 3, ".") && isJoined(i + 3) ? i + 3 : i + 2
      return (w == "p", last)
    }
    return nil
  }

  /// A clock time, optionally followed by a time zone and a day ("Tuesday", "today").
  func clockTime(at i: Int) -> TimeMatch? {
    var hour: Int
    var minute = 0
    var last: Int
    if word(i) == "noon" || word(i) == "midnight" {
      guard word(i - 1) == "at" || word(i - 1) == "by" || word(i - 1) == "until"
        || word(i - 1) == "before" || word(i - 1) == "after" || weekday(at: i + 1) != nil
      else { return nil }
      hour = word(i) == "noon" ? 12 : 24
      last = i
    } else {
      guard let h = number(i), tokens[i].length <= 2, h <= 24 else { return nil }
      hour = h
      last = i
      var hasMinutes = false
      if isSymbol(i + 1, ":"), isJoined(i + 1), let m = number(i + 2), isJoined(i + 2),
        tokens[i + 2].length == 2, m < 60
      {
        // "3:07:35" is a race time, not a clock time.
        if isSymbol(i + 3, ":"), number(i + 4) != nil { return nil }
        minute = m
        last = i + 2
        hasMinutes = true
      }
      if let mer = meridiem(at: last + 1) {
        guard hour >= 1, hour <= 12 else { return nil }
        if mer.pm && hour < 12 { hour += 12 }
        if !mer.pm && hour == 12 { hour = 0 }
        last = mer.last
      } else {
        guard hasMinutes, Self.timeZones.contains(word(last + 1)) || word(i - 1) == "at" else {
          return nil
        }
      }
    }
    if Self.timeZones.contains(word(last + 1)) {
      last += 1
      if word(last) == "local" && word(last + 1) == "time" { last += 1 }
    }
    let clock = "T" + TimeValueFormat.pad2(hour) + ":" + TimeValueFormat.pad2(minute)
    // A day right after the time joins it: "3 p.m. Tuesday", "15:00 GMT Saturday".
    var k = last + 1
    if word(k) == "on" && weekday(at: k + 1) != nil { k += 1 }
    if let day = weekdayExpression(at: k) ?? deicticDay(at: k), day.type == .date,
      day.value.count == 10
    {
      return TimeMatch(first: i, last: day.last, type: .time, value: day.value + clock)
    }
    return TimeMatch(first: i, last: last, type: .time, value: dayBefore(i) + clock)
  }

  /// The day named just before a clock time in the same clause ("Sunday night at 8 PM"),
  /// else the anchor day.
  func dayBefore(_ i: Int) -> String {
    var k = i - 1
    while k >= 0 && k >= i - 5 {
      if TenseCues.endsSentence(k, tokens) { break }
      if let m = weekdayExpression(at: k) ?? deicticDay(at: k), m.last < i {
        let v = m.value
        if v.count >= 10 { return String(v.prefix(10)) }
      }
      k -= 1
    }
    return dateValue(anchor)
  }
}
