import Testing

@testable import ParleyExtract

/// Acts named as someone's decision belong to the decision's author, not to whoever
/// welcomes it; a city in an event's name is no side. All sentences are written for these
/// tests.
@Suite struct DecisionsAndEventNamesTests {
  @Test func aWelcomedDecisionIsItsAuthorsAct() {
    let found = dyads(
      "Chile welcomed the decisions to impose new sanctions against Venezuela, which were adopted by Canada and Japan.",
      date: "2024-06-11")
    #expect(found.contains { $0.hasPrefix("canada>venezuela SANCTION occurred") })
    #expect(found.contains { $0.hasPrefix("japan>venezuela SANCTION occurred") })
    #expect(!found.contains { $0.hasPrefix("chile>venezuela") })
    // The welcome goes to the authors.
    #expect(found.contains { $0.hasPrefix("chile>canada SUPPORT") })
  }

  @Test func aDecisionWithNoAuthorNamedHasNoSides() {
    #expect(dyads("Chile welcomed the decision to expel Venezuelan diplomats.", date: "2024-06-11").isEmpty)
  }

  @Test func theAuthorByOfOrPossessive() {
    #expect(dyads("Peru praised the move by Chile to send aid to Bolivia.", date: "2024-06-11").contains { $0.hasPrefix("peru>chile SUPPORT") })
    #expect(dyads("Peru condemned Chile's decision to expel Bolivian diplomats.", date: "2024-06-11").contains { $0.hasPrefix("peru>chile ACCUSE") })
  }

  @Test func anAnnouncedDecisionIsTheAnnouncers() {
    // "announced" ends a clause for a report; before a decision it is the author's verb.
    #expect(dyads("Chile announced its decision to impose sanctions on Venezuela.", date: "2024-06-11").contains { $0.hasPrefix("chile>venezuela SANCTION") })
  }

  @Test func aCityNamingAnEventIsNoSide() {
    #expect(dyads("Ukraine rejected the Minsk agreements.", date: "2024-06-11").isEmpty)
    #expect(dyads("Olaf Scholz was critical of the outcome of the Helsinki summit.", date: "2024-06-11").isEmpty)
    let accused = dyads("Moscow accused Kyiv of violating the Minsk agreements.", date: "2024-06-11")
    #expect(accused.contains { $0.hasPrefix("russia>ukraine ACCUSE") })
    #expect(!accused.contains { $0.contains("belarus") })
    // The capital alone still speaks for its country.
    #expect(dyads("Minsk accused Vilnius of provocations.", date: "2024-06-11").contains { $0.hasPrefix("belarus>lithuania ACCUSE") })
  }
}
