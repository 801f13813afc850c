import Testing

@testable import ParleyExtract

/// Patterns that whole real articles bring and single sentences rarely do. All sentences
/// are written for these tests.
@Suite struct ArticlePatternTests {
  @Test func aLeaderAndTheirOwnCountryAreNoInteraction() {
    #expect(dyads("President Emmanuel Macron pledged his support for France on Monday.").isEmpty)
    // Another country's leader still interacts with it.
    #expect(dyads("President Emmanuel Macron pledged his support for Ukraine on Monday.")
      .contains { $0.contains("emmanuel-macron") && $0.contains("ukraine") })
  }

  @Test func domesticForceAndPresidentsWithTheirMinistriesStay() {
    // A president criticising his own ministry is an interaction between them.
    #expect(dyads("President Emmanuel Macron criticised the French Foreign Ministry on Monday.")
      .contains { $0.contains("ACCUSE") })
  }

  @Test func anUnknownPrefixBeforeATitleAndANameIsPartOfThePhrase() {
    let found = dyads("Vladimir Putin met with Omsk Region Governor Ivan Petrovsky on Tuesday.")
    #expect(found.count == 1)
    #expect(found.first?.contains("ivan-petrovsky") == true)
    #expect(found.first?.contains("vladimir-putin") == true)
    let agency = dyads("Vladimir Putin held a meeting with Rosavia General Director Pavel Lomov.")
    #expect(agency.first?.contains("pavel-lomov") == true)
  }

  @Test func oneOfficeInSeveralCountriesIsOneActorEach() {
    let found = dyads("Antony Blinken spoke with the foreign ministers of France, Germany and Italy on Monday.", date: "2022-05-04")
    #expect(found.count == 3)
    #expect(found.contains { $0.contains("annalena-baerbock") })
    #expect(found.contains { $0.contains("luigi-di-maio") })
    // Without a known holder, the country stands for its office.
    #expect(dyads("Olaf Scholz spoke with the presidents of Estonia and Latvia on Friday.", date: "1990-05-04").count == 2)
  }

  @Test func aJointMeetingPairsEveryParticipant() {
    let joint = dyads("Volodymyr Zelenskyy held a trilateral meeting with the presidents of Poland and Lithuania.", date: "2022-02-23")
    #expect(joint.count == 3)
    #expect(joint.contains { $0.contains("andrzej-duda") && $0.contains("gitanas-nauseda") })
    // One meeting with several partners is a meeting of all of them; calls stay bilateral.
    let met = dyads("Volodymyr Zelenskyy met the presidents of Poland and Lithuania.", date: "2022-02-23")
    #expect(met.count == 3)
    let separate = dyads("Volodymyr Zelenskyy spoke with the presidents of Poland and Lithuania.", date: "2022-02-23")
    #expect(separate.count == 2)
  }

  @Test func aCrowdAddressedIsNoCounterpart() {
    #expect(dyads("Emmanuel Macron spoke to a crowd of supporters in Lyon on Monday.").isEmpty)
    #expect(dyads("Emmanuel Macron thanked thousands of residents in Lyon on Monday.").isEmpty)
  }

  @Test func meetingATargetIsNoMeeting() {
    #expect(dyads("Last year only Poland and Greece were meeting that goal.").isEmpty)
    #expect(dyads("Germany has not met the 2 percent spending target, Donald Trump said.").allSatisfy { !$0.contains("CONSULT") })
    #expect(dyads("Angela Merkel met Emmanuel Macron on Monday.").count == 1)
  }

  @Test func anOpeningUnderAdjunctIsNoSide() {
    let found = dyads("Under Vladimir Putin, Russia attacked Georgia in August 2008.")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("russia>georgia ASSAULT") == true)
  }

  @Test func anActsNameBeforeAThingIsNoAct() {
    #expect(dyads("Russia deployed strike weapons near Ukraine on Monday.").allSatisfy { !$0.contains("ASSAULT") })
    #expect(dyads("Russian forces carried out an attack on Kharkiv on Monday.").contains { $0.contains("ASSAULT") })
    // A verb taking the thing as its object still acts.
    #expect(dyads("Kofi Annan said he will withdraw weapons inspectors from Iraq.").contains { $0.contains("iraq") })
  }
}
