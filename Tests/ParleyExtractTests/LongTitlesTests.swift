import Testing

@testable import ParleyExtract

/// Offices named with the body they belong to, and a possessor before a titled name. All
/// sentences are written for these tests.
@Suite struct LongTitlesTests {
  @Test func aTitleOfABodyThenTheName() {
    let found = dyads(
      "Chairman of the Joint Chiefs of Staff General Mark Milley met Commander-in-Chief of the Armed Forces of Ukraine Valerii Zaluzhnyi on Monday.",
      date: "2022-06-22")
    #expect(found.contains { $0.contains("mark-milley") && $0.contains("valerii-zaluzhnyi") })
  }

  @Test func aPossessorBeforeATitledName() {
    // The meeting is with the adviser, not with the president who employs him.
    let met = dyads("Andriy Yermak had a phone conversation with the US President's National Security Advisor Jake Sullivan.", date: "2022-06-22")
    #expect(met.contains { $0.contains("andriy-yermak") && $0.contains("jake-sullivan") && $0.contains("CONSULT") })
    #expect(!met.contains { $0.contains("joe-biden") })
    let criticised = dyads("Lindsey Graham criticized Joe Biden's adviser Jake Sullivan.", date: "2022-06-22")
    #expect(criticised.contains { $0.hasPrefix("lindsey-graham>jake-sullivan ACCUSE") })
  }

  @Test func coordinatedTitledNames() {
    let found = dyads(
      "Head of the Office of the President Andriy Yermak and Commander-in-Chief of the Armed Forces of Ukraine Valerii Zaluzhnyi had a phone conversation with Jake Sullivan.",
      date: "2022-06-22")
    #expect(found.contains { $0.contains("andriy-yermak") && $0.contains("jake-sullivan") })
    #expect(found.contains { $0.contains("valerii-zaluzhnyi") && $0.contains("jake-sullivan") })
  }

  @Test func aTitleAfterANameDescribesIt() {
    let found = dyads("Mike Pompeo denounced Hassan Rouhani and Javad Zarif, Iran's chief nuclear deal negotiator.", date: "2018-07-23")
    #expect(found.count == 2)
    #expect(found.contains { $0.hasPrefix("mike-pompeo>mohammad-javad-zarif ACCUSE") })
    // The deal in the negotiator's title is no agreement.
    #expect(!found.contains { $0.contains("AGREE") })
  }
}

/// A country's generic body is the dictionary's organisation of that body when there is one.
@Suite struct BodyOrganizationTests {
  @Test func oneMilitaryHoweverItIsCalled() {
    let a = dyads("American troops attacked Syrian positions.", date: "2017-07-07")
    let b = dyads("The U.S. military attacked Syrian positions.", date: "2017-07-07")
    #expect(a.first?.hasPrefix("us-military>syria ASSAULT") == true)
    #expect(b.first?.hasPrefix("us-military>syria ASSAULT") == true)
  }

  @Test func aDefenceMinistryIsGovernment() {
    // Like a defence minister, the ministry is a civilian part of the government.
    let article = article("The Russian Defence Ministry accused Ukraine of shelling.", date: "2022-06-22")
    let ministry = Extractor().mentions(in: article).first?.source
    #expect(ministry?.id == "russian-defence-ministry")
    #expect(ministry?.sector == "GOV")
  }
}

/// "The Head of State" in a readout. Sentences written for these tests.
@Suite struct HeadOfStateTests {
  @Test func theHeadOfStateIsTheArticlesPresident() {
    let found = dyads(
      "President of Chile Gabriel Boric had a phone conversation with Foreign Minister of Peru Ana Gervasi.",
      "The Head of State thanked Peru for its support.",
      "The Head of State recalled that he had a fruitful meeting with Prime Minister Pedro Sanchez in Madrid.",
      date: "2022-05-02")
    #expect(found.contains { $0.hasPrefix("gabriel-boric>peru SUPPORT") })
    // "he" is the Head of State just named, not the minister of the call.
    #expect(found.contains { $0.contains("gabriel-boric") && $0.contains("pedro-s") && $0.contains("CONSULT") })
    #expect(!found.contains { $0.contains("ana-gervasi") && $0.contains("pedro-s") })
  }
}
