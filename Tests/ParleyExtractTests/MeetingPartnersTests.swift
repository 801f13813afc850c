import Testing

@testable import ParleyExtract

/// Several partners of one meeting met each other; several partners of a conversation did
/// not; those who came together are one side.
@Suite struct MeetingPartnersTests {
  @Test func partnersOfOneMeetingMetEachOther() {
    let found = dyads("During a meeting with Olaf Scholz and Donald Tusk, Emmanuel Macron discussed energy prices.", date: "2024-06-10")
    #expect(found.contains { $0.hasPrefix("donald-tusk=olaf-scholz CONSULT occurred") })
    #expect(found.contains { $0.hasPrefix("emmanuel-macron=olaf-scholz CONSULT occurred") })
  }

  @Test func partnersOfConversationsDidNotSpeakToEachOther() {
    let found = dyads("Emmanuel Macron spoke with Olaf Scholz, Donald Tusk and Giorgia Meloni.", date: "2024-06-10")
    #expect(found.count == 3)
    #expect(!found.contains { $0.hasPrefix("donald-tusk=olaf-scholz") })
  }

  @Test func thoseWhoCameTogetherAreOneSide() {
    let found = dyads("Olaf Scholz and Donald Tusk met with Giorgia Meloni in Rome.", date: "2024-06-10")
    #expect(!found.contains { $0.hasPrefix("donald-tusk=olaf-scholz") })
    #expect(found.contains { $0.hasPrefix("giorgia-meloni=olaf-scholz CONSULT") })
  }
}

/// Names the text implies without spelling them in a row.
@Suite struct ImpliedNameTests {
  @Test func aGivenNameBeforeAndSharesTheNextSurname() {
    let found = dyads("Joe and Jill Biden met with Emmanuel Macron at the Elysee.", date: "2024-06-10")
    #expect(found.contains { $0.hasPrefix("emmanuel-macron=joe-biden CONSULT") })
  }

  @Test func aPluralSurnameNamesTheFamilysKnownMember() {
    let found = dyads("Emmanuel Macron had lunch with the Bidens on Sunday.", date: "2024-06-10")
    #expect(found.contains { $0.hasPrefix("emmanuel-macron=joe-biden CONSULT occurred 2024-06-09") })
  }
}

/// A date the speaker puts on something still to come does not date what came before the
/// saying.
@Suite struct ReportedContentDatingTests {
  @Test func aDateInTheReportedClauseDoesNotDateTheAdjunctMeeting() {
    let found = dyads(
      "After a meeting with Olaf Scholz, Emmanuel Macron said that he would discuss it in his call with Joe Biden scheduled for June 14.",
      date: "2024-06-10")
    #expect(found.contains { $0 == "emmanuel-macron=olaf-scholz CONSULT occurred 2024-06-10" })
  }
}

/// A second object after its own preposition belongs to the same verb.
@Suite struct RepeatedPrepositionTests {
  @Test func aSecondPartnerAfterAnAdverbAndAPreposition() {
    let found = dyads("Emmanuel Macron spoke by phone with Olaf Scholz and twice to Donald Tusk on Sunday.", date: "2024-06-10")
    #expect(found.count == 2)
    #expect(found.contains { $0.hasPrefix("donald-tusk=emmanuel-macron CONSULT occurred 2024-06-09") })
  }

  @Test func anUnrelatedPhraseAfterAndIsNoPartner() {
    let found = dyads("Emmanuel Macron spoke with Olaf Scholz and returned quickly to Paris.", date: "2024-06-10")
    #expect(found.count == 1)
  }
}
