import Testing

@testable import ParleyExtract

/// Acts still to come by their wording or their date, criticism as an adjective or a
/// noun, and routes that are venues. All sentences are written for these tests.
@Suite struct ProspectAndCriticismTests {
  @Test func aWeekOrMonthStillToComeIsPlanned() {
    let later = dyads("Olaf Scholz travels to Madrid later this week to meet Pedro Sanchez.", date: "2024-06-11")
    #expect(!later.isEmpty && later.allSatisfy { $0.contains("planned") })
    let next = dyads("Olaf Scholz visits Madrid next month.", date: "2024-06-11")
    #expect(next.contains { $0.hasPrefix("olaf-scholz>spain CONSULT planned") })
    // A week already under way without "later" is not a plan.
    #expect(dyads("Olaf Scholz met Pedro Sanchez in Madrid this week.", date: "2024-06-14").contains { $0.contains("occurred") })
  }

  @Test func aheadOfAMeetingIsBeforeIt() {
    let found = dyads("Advisers briefed Olaf Scholz ahead of his meeting with Pedro Sanchez.", date: "2024-06-11")
    #expect(found.contains { $0.contains("olaf-scholz") && $0.contains("pedro-sanchez") && $0.contains("CONSULT planned") })
    #expect(!found.contains { $0.contains("CONSULT occurred") })
  }

  @Test func aVisitSomeoneIsInvitedToPayIsPlanned() {
    let found = dyads("Pedro Sanchez invited Olaf Scholz to pay a visit to Spain.", date: "2024-06-11")
    #expect(found.contains { $0.hasPrefix("olaf-scholz>spain CONSULT planned") })
    #expect(!found.contains { $0.contains("occurred") })
    // The same visit told as done is done.
    #expect(dyads("Olaf Scholz paid a visit to Spain on Monday.", date: "2024-06-11").contains { $0.hasPrefix("olaf-scholz>spain CONSULT occurred 2024-06-10") })
  }

  @Test func beingCriticalOfSomeoneIsCriticism() {
    #expect(dyads("Olaf Scholz is sharply critical of Viktor Orban.", date: "2024-06-11").contains { $0.hasPrefix("olaf-scholz>viktor-orban ACCUSE occurred") })
    #expect(dyads("Olaf Scholz has long been a fierce critic of Viktor Orban.", date: "2024-06-11").contains { $0.hasPrefix("olaf-scholz>viktor-orban ACCUSE occurred") })
    // Critical of an act with no side named: nobody is accused.
    #expect(dyads("Olaf Scholz is critical of the new budget rules.", date: "2024-06-11").isEmpty)
  }

  @Test func theRouteOfAMarchIsItsVenue() {
    // The city a march goes through is where it happens; the embassy it goes to is its target.
    let found = dyads("Hundreds of demonstrators marched through Madrid to the Italian embassy on Saturday.", date: "2024-06-11")
    #expect(found.contains { $0.contains("embassy PROTEST occurred 2024-06-08") }, "\(found)")
    #expect(!found.contains { $0.contains(">spain PROTEST") })
  }
}
