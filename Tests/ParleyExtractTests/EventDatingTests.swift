import Testing

@testable import ParleyExtract

@Suite struct EventDatingTests {
  @Test func weekdayBeforeAMondayArticleIsTheDayBefore() {
    // 2025-04-28 is a Monday.
    #expect(dyads("Greek Prime Minister Kyriakos Mitsotakis and Cypriot President Nikos Christodoulides spoke during a Sunday night phone call.").first?.hasSuffix("2025-04-27") == true)
  }

  @Test func monthDayTakesTheNearestYear() {
    #expect(dyads("Greek Prime Minister Kyriakos Mitsotakis met Cypriot President Nikos Christodoulides on December 30.", date: "2026-01-02").first?.hasSuffix("2025-12-30") == true)
  }

  @Test func noTimeExpressionFallsBackToTheArticleDate() {
    let a = article("Greek Prime Minister Kyriakos Mitsotakis met Cypriot President Nikos Christodoulides.")
    let m = Extractor().mentions(in: a)
    #expect(m.first?.date?.description == "2025-04-28")
    #expect(m.first?.dateText == nil)
    #expect(m.first?.datePrecision == "article")
  }

  @Test func aFutureDateMakesTheEventPlanned() {
    #expect(dyads("Greek Prime Minister Kyriakos Mitsotakis meets Cypriot President Nikos Christodoulides on May 3.").first == "kyriakos-mitsotakis=nikos-christodoulides CONSULT planned 2025-05-03")
  }
}

@Suite struct ClauseDatingTests {
  @Test func theEventsOwnClauseGivesTheDate() {
    // The report is dated Monday; the meeting Saturday.
    #expect(dyads("Chile said on Monday that Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer on Saturday.").first?.hasSuffix("2025-04-26") == true)
    #expect(dyads("On Saturday, Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer.").first?.hasSuffix("2025-04-26") == true)
  }
}

@Suite struct PastDateRollbackTests {
  @Test func aPastEventOnALaterDayOfTheYearHappenedLastYear() {
    // Article of 28 April 2025: "broke up … on 15 October" is October 2024.
    let found = dyads("Chilean police broke up a rally by Peruvian migrants on 15 October.")
    #expect(found.contains { $0.contains(" COERCE occurred 2024-10-15") })
    // A planned one stays ahead.
    #expect(dyads("Chile will host Peru's foreign minister on 15 October.").contains { $0.contains("planned 2025-10-15") })
  }
}
