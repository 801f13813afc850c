import Foundation
import ParleyExtract
import ParleyIngest
import Testing

/// Groups every time-tagger suite so that `swift test --filter TimeTests` runs them all.
@Suite enum TimeTests {}

/// Tags `text` with `anchor` and returns (text, type, value) triples.
func timexes(_ text: String, _ anchor: String?) -> [(String, String, String)] {
  TimeTagger().expressions(in: text, anchor: anchor.flatMap { CivilDate(iso: $0) })
    .map { ($0.text, $0.type.rawValue, $0.value) }
}

/// The single expression in `text`, or nil when there is not exactly one.
func only(_ text: String, _ anchor: String?) -> TimeExpression? {
  let found = TimeTagger().expressions(in: text, anchor: anchor.flatMap { CivilDate(iso: $0) })
  return found.count == 1 ? found[0] : nil
}

extension TimeTests {
  @Suite struct TimeTaggerAbsoluteTests {
    @Test(
      "Absolute dates",
      arguments: [
        ("Talks were held on 25 April 2025.", "25 April 2025", "2025-04-25"),
        ("Talks were held on April 25th, 2025.", "April 25th, 2025", "2025-04-25"),
        ("Talks were held on 2025-04-25 in Rome.", "2025-04-25", "2025-04-25"),
        ("Talks were held on 4/25/2025 in Rome.", "4/25/2025", "2025-04-25"),
        ("The deal was signed in March 2024.", "March 2024", "2024-03"),
        ("The deal was signed in 2023.", "2023", "2023"),
        ("The deal was signed in May 2010.", "May 2010", "2010-05"),
        ("Prices soared in the 1990s.", "1990s", "199"),
        ("Prices soared in the late 1970s.", "the late 1970s", "197"),
        ("It was the bloodiest war of the 20th century.", "20th century", "19"),
      ])
    func absolute(text: String, span: String, value: String) throws {
      let e = try #require(only(text, "2025-04-28"))
      #expect(e.text == span)
      #expect(e.value == value)
      #expect(e.type == .date)
    }

    @Test func monthDayTakesTheAnchorYear() throws {
      let e = try #require(only("He referred to the April 25 conversation.", "2025-04-28"))
      #expect(e.text == "April 25")
      #expect(e.value == "2025-04-25")
      #expect(e.day == CivilDate(iso: "2025-04-25"))
      #expect(e.precision == .day)
    }

    @Test func abbreviatedMonthKeepsItsDot() throws {
      let e = try #require(only("On Apr. 25 the talks began.", "2025-04-28"))
      #expect(e.text == "Apr. 25")
      #expect(e.value == "2025-04-25")
    }

    @Test func sentenceFinalMonthLeavesThePeriod() throws {
      let e = try #require(only("The book is due to be published in May.", "2013-03-22"))
      #expect(e.text == "May")
      #expect(e.value == "2013-05")
      #expect(e.precision == .month)
    }

    @Test func modifiedMonths() {
      #expect(timexes("Fighting is expected to resume in mid-May.", "2025-04-28").map(\.2) == ["2025-05"])
      #expect(timexes("Fighting resumed in mid-May.", "2025-04-28").map(\.2) == ["2024-05"])
      #expect(timexes("Troops left in early December.", "2013-03-22").map(\.2) == ["2012-12"])
      #expect(timexes("He vanished late last July.", "2013-03-22").map(\.2) == ["2012-07"])
    }

    @Test func yearRanges() {
      #expect(timexes("the expedition of 1957-58", "2013-03-22").map(\.2) == ["1957", "1958"])
      #expect(timexes("the pandemic of 2009-2010", "2013-03-22").map(\.2) == ["2009", "2010"])
    }

    @Test func withoutAnchorValuesStayUnresolved() {
      #expect(timexes("They met on April 25.", nil).map(\.2) == ["XXXX-04-25"])
      #expect(timexes("They met yesterday.", nil).map(\.2) == ["XXXX-XX-XX"])
      #expect(timexes("They met on Friday.", nil).map(\.2) == ["XXXX-WXX-5"])
    }
  }
}

extension TimeTests {
  @Suite struct TimeTaggerYearResolutionTests {
    @Test func decemberAnchorFutureJanuary() {
      #expect(timexes("The talks will resume on January 2.", "2025-12-30").map(\.2) == ["2026-01-02"])
      #expect(timexes("The ceasefire begins January 2.", "2025-12-30").map(\.2) == ["2026-01-02"])
    }

    @Test func januaryAnchorPastDecember() {
      #expect(timexes("The summit was held on December 30.", "2026-01-02").map(\.2) == ["2025-12-30"])
    }

    @Test func pastTenseNeverResolvesAfterTheAnchor() {
      #expect(timexes("Rosneft bought the stake in October.", "2013-03-22").map(\.2) == ["2012-10"])
    }

    @Test func leapDayMovesToALeapYear() {
      #expect(timexes("The law was signed on February 29.", "2025-03-10").map(\.2) == ["2024-02-29"])
      #expect(timexes("The law will take effect on February 29.", "2025-03-10").map(\.2) == ["2028-02-29"])
      #expect(timexes("It was signed on February 29, 2024.", "2025-03-10").map(\.2) == ["2024-02-29"])
    }

    @Test func impossibleDatesAreNotTagged() {
      #expect(timexes("It was signed on February 30.", "2025-03-10").isEmpty)
      // Only the year survives when the day does not exist in it.
      #expect(timexes("It was signed on February 29, 2023.", "2025-03-10").map(\.2) == ["2023"])
    }
  }
}

extension TimeTests {
  @Suite struct TimeTaggerFalsePositiveTests {
    @Test(
      "No time expression",
      arguments: [
        "You may go now if you wish to.",
        "May be too late, he said.",
        "Protesters march on the capital.",
        "The March on Washington drew crowds.",
        "About 2000 troops were deployed.",
        "The bill cost $2015 in total.",
        "The Sun reported the story.",
        "They discussed the fall of the regime.",
        "It was the second attempt.",
        "Rates rose 1.5 points.",
        "April Smith spoke to reporters.",
      ])
    func noExpression(text: String) {
      #expect(timexes(text, "2025-04-28").filter { $0.2 != "PRESENT_REF" }.isEmpty)
    }
  }
}

extension TimeTests {
  @Suite struct TimeExpressionCodingTests {
    @Test func jsonHasExactlyTheFiveKeys() throws {
      let e = try #require(only("They met yesterday.", "2025-04-28"))
      let data = try JSONEncoder().encode(e)
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      #expect(Set(object.keys) == ["start", "end", "text", "type", "value"])
      #expect(object["type"] as? String == "DATE")
      #expect(object["value"] as? String == "2025-04-27")
      #expect(object["start"] as? Int == 9)
      #expect(object["end"] as? Int == 18)
    }

    @Test func offsetsCountUnicodeScalars() throws {
      let text = "Zelenskyy’s café 🇺🇦 talks ended on Friday."
      let e = try #require(only(text, "2025-04-28"))
      let scalars = Array(text.unicodeScalars)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[e.start..<e.end])
      #expect(String(view) == "Friday")
    }

    @Test func precisionOfValues() {
      func e(_ type: TimexType, _ value: String) -> TimeExpression {
        TimeExpression(start: 0, end: 1, text: "x", type: type, value: value)
      }
      #expect(e(.date, "2025-04").precision == .month)
      #expect(e(.date, "2025").precision == .year)
      #expect(e(.time, "2025-04-27TNI").precision == .day)
      #expect(e(.time, "2025-04-27TNI").day == CivilDate(iso: "2025-04-27"))
      #expect(e(.date, "2025-W17").precision == nil)
      #expect(e(.date, "2025-W17").day == nil)
      #expect(e(.duration, "P3D").precision == nil)
      #expect(e(.date, "PRESENT_REF").day == nil)
    }
  }
}
