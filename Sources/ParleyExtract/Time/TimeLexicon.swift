/// A calendar unit named by a word such as "days" or "decade".
enum TimeUnit: Sendable, Hashable {
  case second, minute, hour, day, week, weekend, month, quarter, year, decade, century

  /// Whether durations of this unit are written after `T` (`PT2H`).
  var isClock: Bool { self == .second || self == .minute || self == .hour }

  /// The TIMEX3 duration value for `count` units (nil = unspecified `X`).
  func duration(_ count: Int?) -> String {
    let n = count.map(String.init) ?? "X"
    switch self {
    case .second: return "PT\(n)S"
    case .minute: return "PT\(n)M"
    case .hour: return "PT\(n)H"
    case .day: return "P\(n)D"
    case .week: return "P\(n)W"
    case .weekend: return "P\(count.map { String($0 * 2) } ?? "X")D"
    case .month: return "P\(n)M"
    case .quarter: return "P\(n)Q"
    case .year: return "P\(n)Y"
    case .decade: return count.map { "P\($0 * 10)Y" } ?? "PXDE"
    case .century: return count.map { "P\($0 * 100)Y" } ?? "PXCE"
    }
  }
}

/// Word lists for temporal expressions. All keys are lowercase.
enum TimeLexicon {
  /// Month names and abbreviations ("sept", "dec") to 1...12.
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
  ]

  /// Full weekday names to ISO weekday numbers (1 = Monday).
  static let weekdays: [String: Int] = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
  ]

  /// Plural weekday names, used by sets ("Mondays").
  static let weekdayPlurals: [String: Int] = [
    "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5,
    "saturdays": 6, "sundays": 7,
  ]

  /// Unit words, singular and plural, to units.
  static let units: [String: (unit: TimeUnit, plural: Bool)] = [
    "second": (.second, false), "seconds": (.second, true), "minute": (.minute, false),
    "minutes": (.minute, true), "hour": (.hour, false), "hours": (.hour, true),
    "day": (.day, false), "days": (.day, true), "week": (.week, false), "weeks": (.week, true),
    "weekend": (.weekend, false), "weekends": (.weekend, true), "month": (.month, false),
    "months": (.month, true), "quarter": (.quarter, false), "quarters": (.quarter, true),
    "year": (.year, false), "years": (.year, true), "decade": (.decade, false),
    "decades": (.decade, true), "century": (.century, false), "centuries": (.century, true),
  ]

  /// Cardinal number words.
  static let cardinals: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
  ]

  /// Ordinal words to numbers ("third" = 3).
  static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
  ]

  /// Words for an unspecified number ("several days" = `PXD`).
  static let vagueQuantities: Set<String> = ["several", "few", "many", "some", "dozens", "hundreds", "couple"]

  /// Parts of the day to TIMEX3 codes.
  static let partsOfDay: [String: String] = [
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
  ]

  /// Seasons to TIMEX3 codes.
  static let seasons: [String: String] = [
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
  ]

  /// Adverbs of frequency to SET values.
  static let frequencies: [String: String] = [
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
  ]

  /// Words that may precede a bare month or year and make it a date ("in May").
  static let dateCues: Set<String> = [
    "in", "since", "until", "till", "by", "from", "to", "through", "during", "before", "after",
    "of", "last", "next", "this", "early", "late", "mid", "between", "and", "or", "on",
    "around", "past", "throughout", "within", "for", "fiscal", "year", "end", "beginning",
    "middle", "start", "that", "each", "every", "as", "at", "into", "ending", "calendar",
  ]

  /// Nouns that make a 4-digit number a quantity, not a year ("2000 troops").
  static let quantityNouns: Set<String> = [
    "troops", "soldiers", "people", "persons", "men", "women", "children", "km", "kilometers",
    "kilometres", "miles", "meters", "metres", "feet", "tons", "tonnes", "points", "shares",
    "votes", "members", "workers", "employees", "deaths", "cases", "dollars", "euros", "pounds",
    "yen", "barrels", "units", "jobs", "acres", "hectares", "copies", "homes", "houses", "cars",
    "vehicles", "students", "residents", "refugees", "prisoners", "police", "officers", "sq",
    "square", "cubic", "kg", "mph", "times", "percent", "degrees", "hours", "minutes", "days",
    "calories", "words", "pages", "rounds", "stores", "companies", "firms", "patients",
    "delegates", "seats", "aircraft", "planes", "ships", "guns", "rockets", "missiles",
  ]
}
