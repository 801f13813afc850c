import Testing

@testable import ParleyExtract

/// A meeting named in a time adjunct ("after talks with B", "during a meeting with B") is
/// held by the subject of the clause it belongs to.
@Suite struct AdjunctMeetingTests {
  @Test func aFrontedAdjunctIsHeldByTheSubjectAfterTheComma() {
    let found = dyads("After a meeting with Olaf Scholz in Berlin, Emmanuel Macron told reporters that Europe must act.")
    #expect(found.contains { $0.hasPrefix("emmanuel-macron=olaf-scholz CONSULT occurred") })
  }

  @Test func anAdjunctAfterTheSubjectIsTheSubjects() {
    #expect(dyads("Emmanuel Macron spoke to reporters after talks with Olaf Scholz.").contains { $0.hasPrefix("emmanuel-macron=olaf-scholz CONSULT") })
    #expect(dyads("Emmanuel Macron, who was speaking after a bilateral meeting with Olaf Scholz, said Europe must act.").contains { $0.hasPrefix("emmanuel-macron=olaf-scholz CONSULT") })
  }

  @Test func aTrilateralMeetingInAnAdjunctJoinsEveryParticipant() {
    let found = dyads("Emmanuel Macron spoke after a trilateral meeting with Olaf Scholz and Donald Tusk.", date: "2024-06-10")
    #expect(found.count == 3)
  }

  @Test func anotherClausesSubjectDoesNotHoldTheMeeting() {
    // The adjunct belongs to the second clause, whose subject names no actor.
    #expect(dyads("Emmanuel Macron left early, and the delegates spoke after a meeting with Olaf Scholz.").isEmpty)
  }

  @Test func aParticipleOpeningBelongsToTheAdjunct() {
    let found = dyads("Speaking to reporters after talks with Olaf Scholz in Berlin, Emmanuel Macron said Europe must act.")
    #expect(found.contains { $0.hasPrefix("emmanuel-macron=olaf-scholz CONSULT occurred") })
  }

  @Test func aMealWithSomeoneIsAMeeting() {
    let found = dyads("Emmanuel Macron then had dinner with Olaf Scholz and Donald Tusk.", date: "2024-06-10")
    #expect(found.contains { $0.hasPrefix("emmanuel-macron=olaf-scholz CONSULT") })
    #expect(found.contains { $0.hasPrefix("donald-tusk=emmanuel-macron CONSULT") })
    #expect(dyads("Olaf Scholz dined with Emmanuel Macron on Friday.").first?.hasPrefix("emmanuel-macron=olaf-scholz CONSULT") == true)
  }
}

/// "the two countries" after two leaders met are their states, not the leaders.
@Suite struct TwoCountriesTests {
  @Test func theTwoCountriesAreTheLeadersStates() {
    let found = dyads(
      "Emmanuel Macron met Olaf Scholz in Berlin on Monday.",
      "Poland hosted the last talks between the two countries in 2019.", date: "2024-06-11")
    #expect(found.contains { $0.hasPrefix("france=germany CONSULT") || $0.hasPrefix("germany=france CONSULT") })
    #expect(found.filter { $0.contains("emmanuel-macron") }.count == 1)
  }
}
