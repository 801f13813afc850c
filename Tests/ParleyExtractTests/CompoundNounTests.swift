import Testing

@testable import ParleyExtract

/// Words that are verbs elsewhere but nouns or particles here give no event.
@Suite struct CompoundNounTests {
  @Test func aVerbHeadingACompoundNounIsNoEvent() {
    #expect(dyads("Weak fuel demand in Germany worried Saudi Arabia.").isEmpty)
    #expect(dyads("Joe Biden held a campaign rally in Ohio with Kamala Harris.").allSatisfy { !$0.contains("PROTEST") })
  }

  @Test func aPressConferenceIsNoPressure() {
    #expect(dyads("Emmanuel Macron said at a joint White House press conference that the deal was weak.").allSatisfy { !$0.contains("REQUEST") })
    // Pressing someone is still a demand.
    #expect(dyads("Emmanuel Macron pressed Olaf Scholz to send more aid.").contains { $0.contains(" REQUEST ") })
  }

  @Test func backAsAParticleIsNoSupport() {
    #expect(dyads("Iraqi forces are beating back the Islamic State near Mosul.").allSatisfy { !$0.contains("SUPPORT") })
    #expect(dyads("France and Germany back Ukraine's bid to join the union.").contains { $0.contains("SUPPORT") })
  }

  @Test func aNounAfterAnActorStaysAVerb() {
    // "police" names an actor here: the verb after it is the police's act.
    #expect(!dyads("Iraqi police arrest ten protesters in Basra.").isEmpty)
  }

  @Test func sentenceOpenersAreNotPartOfNames() {
    let found = dyads("Though Obama met Vladimir Putin once, the two rarely spoke.", date: "2012-06-18")
    #expect(found.allSatisfy { !$0.contains("though") })
    #expect(found.contains { $0.contains("barack-obama") })
  }
}
