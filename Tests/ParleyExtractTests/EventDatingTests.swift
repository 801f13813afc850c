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

@Suite struct OtherEventDateTests {
  @Test func aDateOnAnotherEventsNounDatesThatEventOnly() {
    // 2025-04-28 is a Monday: the call is Sunday's; Friday belongs to the earlier meeting.
    let found = dyads(
      "Chilean Foreign Minister Ana Soto phoned Peruvian Foreign Minister Elmer Schialer on Sunday.",
      "Soto and Schialer discussed trade as a follow-up to the Friday meeting between Chilean President Gabriel Boric and Peruvian President Dina Boluarte.",
      "The ministers also agreed to keep in touch.")
    #expect(found.contains { $0.contains("CONSULT occurred 2025-04-25") && $0.contains("boric") })
    #expect(!found.contains { $0.contains("2025-04-25") && $0.contains("soto") })
    #expect(found.contains { $0.contains("soto") && $0.contains("AGREE occurred 2025-04-27") })
  }

  @Test func aDateAfterAnotherEventsNounDatesThatEventOnly() {
    let found = dyads(
      "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Elmer Schialer in Lima on 20 April, recalling the talks of 3 April between Chilean President Gabriel Boric and Peruvian President Dina Boluarte.")
    #expect(found.contains { $0.contains("soto") && $0.hasSuffix("2025-04-20") })
    #expect(found.contains { $0.contains("boric") && $0.hasSuffix("2025-04-03") })
  }
}

@Suite struct ProspectiveTalksTests {
  @Test func talksStillToStartArePlanned() {
    for sentence in [
      "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Elmer Schialer stressed the prerequisites for starting negotiations.",
      "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Elmer Schialer looked for a way to hold talks.",
      "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Elmer Schialer stressed the importance of resuming talks.",
    ] {
      let found = dyads(sentence)
      #expect(!found.isEmpty && !found.contains { $0.contains("occurred") }, "\(sentence): \(found)")
    }
    // Talks that were held stay occurred.
    #expect(dyads("Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Elmer Schialer held talks in Lima.").contains { $0.contains("occurred") })
  }

  @Test func aPlannedEventTakesNoDateFromAnEarlierOne() {
    let found = dyads(
      "Chilean Foreign Minister Ana Soto phoned Peruvian Foreign Minister Elmer Schialer on Sunday.",
      "Soto and Schialer stressed the prerequisites for launching talks.")
    #expect(found.contains { $0.contains("planned") && !$0.contains("2025-04-27") })
  }
}

@Suite struct FollowUpDatingTests {
  @Test func aFollowUpKeepsItsEventsDateOverAnotherClausesYear() {
    let found = dyads(
      "Olaf Scholz and Emmanuel Macron spoke by phone on Friday.",
      "The call came after Beijing lifted measures it had imposed in 2021 on several lawmakers.")
    #expect(found.allSatisfy { !$0.hasSuffix(" -") && !$0.contains("2021") })
    #expect(found.contains("emmanuel-macron=olaf-scholz CONSULT occurred 2025-04-25"))
  }
}
