import ParleyIngest

/// The TIMEX3 `type` of a temporal expression.
public enum TimexType: String, Sendable, Hashable, Codable {
  /// A calendar date or period: "April 25", "last week", "2023".
  case date = "DATE"
  /// A time of day, possibly with its date: "Sunday night", "3 p.m. Tuesday".
  case time = "TIME"
  /// A length of time: "three days", "the past 24 hours".
  case duration = "DURATION"
  /// A recurring time: "every Monday", "weekly".
  case set = "SET"
}

/// How precisely a DATE or TIME value pins down the calendar.
public enum DatePrecision: String, Sendable, Hashable, Codable {
  /// A single calendar day (`2025-04-27`, `2025-04-27TNI`).
  case day
  /// A calendar month (`2025-04`).
  case month
  /// A calendar year (`2025`).
  case year
}

/// One temporal expression found in a text, with its TimeML TIMEX3 normalisation.
public struct TimeExpression: Sendable, Hashable, Codable {
  /// Offset of the first character, in Unicode scalars of the input text.
  public var start: Int
  /// Offset just past the last character, in Unicode scalars (exclusive).
  public var end: Int
  /// The covered text.
  public var text: String
  /// The TIMEX3 type.
  public var type: TimexType
  /// The TIMEX3 value, such as `2025-04-27`, `2025-W17`, `P3D` or `PRESENT_REF`.
  public var value: String

  /// Creates an expression from its span, text, type and value.
  public init(start: Int, end: Int, text: String, type: TimexType, value: String) {
    self.start = start
    self.end = end
    self.text = text
    self.type = type
    self.value = value
  }

  /// The calendar day when `value` begins with a full `YYYY-MM-DD`, else nil.
  public var day: CivilDate? {
    guard type == .date || type == .time else { return nil }
    let scalars = value.unicodeScalars
    guard scalars.count >= 10 else { return nil }
    let head = String(String.UnicodeScalarView(scalars.prefix(10)))
    if scalars.count > 10 {
      let next = scalars[scalars.index(scalars.startIndex, offsetBy: 10)]
      guard next == "T" else { return nil }
    }
    return CivilDate(iso: head)
  }

  /// `day`, `month` or `year` for DATE and TIME values that name one, else nil.
  public var precision: DatePrecision? {
    guard type == .date || type == .time else { return nil }
    if day != nil { return .day }
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, Int(first) != nil else { return nil }
    if parts.count == 1 { return .year }
    if parts.count == 2, parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) {
      return .month
    }
    return nil
  }

  private enum CodingKeys: String, CodingKey {
    case start, end, text, type, value
  }
}
