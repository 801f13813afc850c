import ParleyIngest
import Testing

@testable import ParleyExtract

@Suite struct ActorRecognizerTests {
  func actors(_ sentence: String, date: String = "2025-05-01") -> [String] {
    var context = ArticleContext(date: CivilDate(iso: date))
    let tokens = Tokenizer().tokens(in: sentence)
    return ActorRecognizer().spans(in: tokens, context: &context).filter { $0.role == .participant }
      .flatMap(\.actors).map { "\($0.name)|\($0.kind.rawValue)|\($0.country ?? "-")|\($0.sector ?? "-")" }
  }

  @Test func titleAndNameGiveAPersonWithCountryAndSector() {
    #expect(actors("Brazilian Foreign Minister Ana Costa spoke.") == ["Ana Costa|person|BRA|GOV"])
    // A defence minister is a civilian member of the government (NGEC code_1, PLOVER GSR: GOV).
    #expect(actors("the Ukrainian Defence Minister Petro Ivanenko arrived") == ["Petro Ivanenko|person|UKR|GOV"])
  }

  @Test func appositionGivesTheRole() {
    #expect(actors("Tariq Malik, Pakistan's interior minister, said so.") == ["Tariq Malik|person|PAK|COP"] || actors("Tariq Malik, Pakistan's interior minister, said so.") == ["Tariq Malik|person|PAK|GOV"])
  }

  @Test func counterpartAfterADemonym() {
    #expect(actors("He called his Indian counterpart Ravi Menon.").last == "Ravi Menon|person|IND|GOV")
  }

  @Test func capitalsAndSeatsOfPowerAreGovernments() {
    #expect(actors("Moscow said Washington was wrong.").map { $0.split(separator: "|")[2] } == ["RUS", "USA"])
  }

  @Test func bodiesByCountryAdjective() {
    #expect(actors("The Russian Foreign Ministry said") == ["Russian Foreign Ministry|government|RUS|GOV"])
    #expect(actors("Ukraine's foreign ministry said") == ["Ukrainian Foreign Ministry|government|UKR|GOV"])
  }

  @Test func agenciesAreNotParticipants() {
    #expect(actors("(Reuters) Officials met, Reuters reported.").isEmpty)
  }

  @Test func datesAndSentenceInitialWordsAreNotActors() {
    #expect(actors("On Sunday the talks resumed in March.").isEmpty)
    #expect(actors("Calling the meeting useful, Sources Close said.").isEmpty)
  }

  @Test func surnamesReferBackWithinTheArticle() {
    var context = ArticleContext(date: CivilDate(iso: "2025-05-01"))
    let r = ActorRecognizer()
    _ = r.spans(in: Tokenizer().tokens(in: "Chilean Foreign Minister Alberto van Klaveren spoke."), context: &context)
    let later = r.spans(in: Tokenizer().tokens(in: "Klaveren said more."), context: &context)
    #expect(later.first?.actors.first?.id == "alberto-van-klaveren")
  }
}

@Suite struct OfficeHolderTests {
  @Test func formalStateNamesAndWholeWordTitles() {
    var context = ArticleContext(date: CivilDate(iso: "2021-12-15"))
    let spans = ActorRecognizer().spans(
      in: Tokenizer().tokens(in: "The President of Ukraine thanked the Federal Chancellor of the Republic of Austria."),
      context: &context)
    #expect(spans.flatMap(\.actors).map(\.id) == ["volodymyr-zelenskyy", "karl-nehammer"])
  }

  @Test func diplomaticSideIsTheGovernment() {
    var context = ArticleContext(date: CivilDate(iso: "2021-12-15"))
    let spans = ActorRecognizer().spans(in: Tokenizer().tokens(in: "They called on the Russian side."), context: &context)
    #expect(spans.last?.actors.first?.country == "RUS")
    #expect(spans.last?.actors.first?.sector == "GOV")
  }
}

@Suite struct ActorRoleTests {
  @Test func rolesFromTheTextWithTheArticleDate() {
    let m = Extractor().mentions(in: article("U.S. Secretary of State Marco Rubio met Chilean Foreign Minister Ana Soto on Friday."))
    let rubio = m.flatMap { [$0.source, $0.target] }.first { $0.id == "marco-rubio" }
    #expect(rubio?.roles == [ActorRole(title: "Secretary of State", country: "USA", seen: CivilDate(iso: "2025-04-28"))])
  }

  @Test func theLatestSightingOfARoleIsKept() {
    let a = PoliticalActor(id: "x", name: "X", kind: .person)
      .addingRole(ActorRole(title: "Envoy", country: "USA", seen: CivilDate(iso: "2025-01-01")))
      .addingRole(ActorRole(title: "Envoy", country: "USA", seen: CivilDate(iso: "2025-03-01")))
    #expect(a.roles.count == 1)
    #expect(a.roles.first?.seen?.description == "2025-03-01")
  }
}

@Suite struct TopDiplomatTests {
  @Test func aCountrysTopDiplomatIsItsForeignMinister() {
    var context = ArticleContext(date: CivilDate(iso: "2025-04-30"))
    let spans = ActorRecognizer().spans(in: Tokenizer().tokens(in: "Fidan will meet Russia's top diplomat."), context: &context)
    #expect(spans.last?.actors.first?.id == "sergey-lavrov")
  }
}

@Suite struct FamilyNameFirstTests {
  @Test func aKoreanFamilyNameAloneFindsTheLeaderTheArticleIsAbout() {
    let found = Extractor().mentions(in: article(
      "North Korea's foreign ministry said Kim had warned Japan.", date: "2017-09-21"))
    #expect(found.contains { $0.source.id == "kim-jong-un" && $0.target.id == "japan" })
  }
}
