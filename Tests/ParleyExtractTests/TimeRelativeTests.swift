import ParleyExtract
import ParleyIngest
import Testing

/// Monday 2025-04-28, the seed article date.
private let monday = "2025-04-28"

extension TimeTests {
  @Suite struct TimeWeekdayTests {
    @Test func seedSundayNightPhoneCall() throws {
      let text = "Trump and Zelensky spoke during a Sunday night phone call, officials said."
      let e = try #require(only(text, monday))
      #expect(e.text == "Sunday night")
      #expect(e.type == .time)
      #expect(e.value == "2025-04-27TNI")
      #expect(e.day == CivilDate(iso: "2025-04-27"))
    }

    @Test(
      "Weekday direction from tense",
      arguments: [
        ("The ministers met on Friday.", "2025-04-25"),
        ("The ministers will meet on Friday.", "2025-05-02"),
        ("The ministers are due to meet Friday.", "2025-05-02"),
        ("The ministers plan to meet on Wednesday.", "2025-04-30"),
        ("The ministers meet Thursday in Geneva.", "2025-04-24"),
        ("The ministers met on Monday.", "2025-04-28"),
        ("He announced last Friday's meeting.", "2025-04-25"),
        ("They will meet again the following Tuesday.", "2025-04-29"),
        ("They will meet next Monday.", "2025-05-05"),
        ("They met last Monday.", "2025-04-21"),
      ])
    func direction(text: String, value: String) throws {
      let e = try #require(only(text, monday))
      #expect(e.value == value)
    }

    @Test func sameWeekdayIsTheAnchorDay() {
      #expect(timexes("Dr. Jhung said Friday.", "2013-03-22").map(\.2) == ["2013-03-22"])
      #expect(timexes("Forecasters said the snow would fall on Friday.", "2013-03-22").map(\.2) == ["2013-03-22"])
    }

    @Test func weekdayWithExplicitDate() {
      #expect(timexes("It opens Friday, May 2.", monday).map(\.2) == ["2025-05-02"])
    }
  }
}

extension TimeTests {
  @Suite struct TimeDeicticTests {
    @Test(
      "Deictic days and parts of day",
      arguments: [
        ("They spoke today.", "today", "DATE", "2025-04-28"),
        ("They spoke yesterday.", "yesterday", "DATE", "2025-04-27"),
        ("They will speak tomorrow.", "tomorrow", "DATE", "2025-04-29"),
        ("They will speak tonight.", "tonight", "TIME", "2025-04-28TNI"),
        ("They spoke this morning.", "this morning", "TIME", "2025-04-28TMO"),
        ("They spoke yesterday afternoon.", "yesterday afternoon", "TIME", "2025-04-27TAF"),
        ("They spoke last night.", "last night", "TIME", "2025-04-27TNI"),
        ("The vote will be at 3 p.m. Tuesday.", "3 p.m. Tuesday", "TIME", "2025-04-29T15:00"),
        ("The match will be played at 15:00 GMT Saturday.", "15:00 GMT Saturday", "TIME", "2025-05-03T15:00"),
      ])
    func deictic(text: String, span: String, type: String, value: String) throws {
      let e = try #require(only(text, monday))
      #expect(e.text == span)
      #expect(e.type.rawValue == type)
      #expect(e.value == value)
    }
  }
}

extension TimeTests {
  @Suite struct TimePeriodTests {
    @Test(
      "Relative periods",
      arguments: [
        ("It happened last week.", "2013-03-22", "last week", "2013-W11"),
        ("It happened this week.", "2013-03-22", "this week", "2013-W12"),
        ("It will happen next week.", "2020-12-28", "next week", "2021-W01"),
        ("It happened this week.", "2021-01-03", "this week", "2020-W53"),
        ("It happens this week.", "2024-12-30", "this week", "2025-W01"),
        ("It happened last week.", "2021-01-08", "last week", "2020-W53"),
        ("Sales rose this month.", "2013-03-21", "this month", "2013-03"),
        ("Sales rose last month.", "2013-03-21", "last month", "2013-02"),
        ("Sales rose last year.", "2013-03-21", "last year", "2012"),
        ("Sales rose earlier this year.", "2013-03-21", "earlier this year", "2013"),
        ("Sales will rise early next year.", "2025-04-28", "early next year", "2026"),
        ("Profit fell in the third quarter.", "1998-10-15", "the third quarter", "1998-Q3"),
        ("He vanished last summer.", "2013-03-22", "last summer", "2012-SU"),
        ("He left two weeks ago.", "2025-04-28", "two weeks ago", "2025-W16"),
        ("He left four years ago.", "2013-03-21", "four years ago", "2009"),
        ("The rebels struck a day later.", "2025-04-28", "a day later", "2025-04-29"),
        ("The rebels will withdraw in three days.", "2025-04-28", "three days", "2025-05-01"),
      ])
    func period(text: String, anchor: String, span: String, value: String) throws {
      let e = try #require(only(text, anchor))
      #expect(e.text == span)
      #expect(e.value == value)
    }

    @Test(
      "Vague references",
      arguments: [
        ("He is now the leader.", "PRESENT_REF"),
        ("He currently leads.", "PRESENT_REF"),
        ("He recently resigned.", "PAST_REF"),
        ("Peace may come in the future.", "FUTURE_REF"),
        ("In the past, he refused.", "PAST_REF"),
      ])
    func references(text: String, value: String) {
      #expect(timexes(text, monday).map(\.2) == [value])
    }
  }
}

extension TimeTests {
  @Suite struct TimeDurationAndSetTests {
    @Test(
      "Durations",
      arguments: [
        ("It lasted three days.", "three days", "P3D"),
        ("It lasted two hours.", "two hours", "PT2H"),
        ("It was the worst in a decade.", "a decade", "P10Y"),
        ("It lasted six months.", "six months", "P6M"),
        ("Ten died in the past 24 hours.", "the past 24 hours", "PT24H"),
        ("Prices doubled over the last three years.", "the last three years", "P3Y"),
        ("It took several weeks.", "several weeks", "PXW"),
        ("A four-week closure begins.", "four-week", "P4W"),
        ("He served almost seven years.", "almost seven years", "P7Y"),
        ("It took twenty-four hours.", "twenty-four hours", "PT24H"),
        ("He was jailed for a couple of years.", "a couple of years", "P2Y"),
      ])
    func duration(text: String, span: String, value: String) throws {
      let e = try #require(only(text, monday))
      #expect(e.text == span)
      #expect(e.type == .duration)
      #expect(e.value == value)
    }

    @Test(
      "Sets",
      arguments: [
        ("They meet every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The paper appears weekly.", "weekly", "P1W"),
        ("The fair is held each year.", "each year", "P1Y"),
        ("He runs daily.", "daily", "P1D"),
        ("It costs $5 billion a year.", "a year", "P1Y"),
      ])
    func sets(text: String, span: String, value: String) throws {
      let e = try #require(only(text, monday))
      #expect(e.text == span)
      #expect(e.type == .set)
      #expect(e.value == value)
    }

    @Test func agesAreNotDurations() {
      #expect(timexes("Children 6 months and older should be vaccinated.", monday).isEmpty)
      #expect(timexes("A 20-year-old man was arrested.", monday).isEmpty)
    }
  }
}
