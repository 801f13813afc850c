import ParleyExtract
import ParleyIngest
import Testing

@testable import ParleyEvaluation

@Suite struct ScoringTests {
  @Test func microAveragedF1OverRecords() {
    var s = DyadScores()
    s.add(gold: Set(["a", "b"]), predicted: Set(["a"]))
    s.add(gold: Set(["c"]), predicted: Set(["c", "d"]))
    #expect(s.records == 2)
    #expect(s.matched == 2 && s.gold == 3 && s.predicted == 3)
    #expect(abs(s.f1 - 2.0 / 3.0) < 1e-9)
  }

  @Test func emptySetsScoreZeroWithoutDividingByZero() {
    let s = DyadScores()
    #expect(s.precision == 0 && s.recall == 0 && s.f1 == 0)
  }

  @Test func actorCodesCutToCountryLevel() {
    #expect(EventEvaluation.countryLevel("USAGOV") == "USA")
    #expect(EventEvaluation.countryLevel("IGOEUREEC") == "IGO")
    let un = PoliticalActor(id: "un", name: "United Nations", kind: .organization, sector: "IGO")
    #expect(EventEvaluation.code(un) == "IGO")
    // CAMEO's own country codes read as ISO; transnational NGOs and stateless armed groups
    // take the codes the GSR records give them.
    #expect(EventEvaluation.countryLevel("JAPGOV") == "JPN")
    let amnesty = PoliticalActor(id: "amnesty", name: "Amnesty International", kind: .organization, sector: "NGO")
    #expect(EventEvaluation.code(amnesty) == "IGO")
    let group = PoliticalActor(id: "al-qaeda", name: "al-Qaeda", kind: .group, sector: "REB")
    #expect(EventEvaluation.code(group) == "IMG")
    let person = PoliticalActor(id: "x", name: "X", kind: .person, sector: "REB")
    #expect(EventEvaluation.code(person) == nil)
  }

  @Test func announcedActsAreCodedAsPLOVERCodesThem() {
    // A refusal to accept is a rejection; a planned meeting an agreement, one way;
    // readied force a mobilisation; a conditional sanction a threat.
    let refusal = EventEvaluation.predictions(
      "Chile will not accept Peru's demands.", date: "2025-04-28", extractor: Extractor())
    #expect(refusal == [Dyad(source: "CHL", target: "PER", type: "REJECT")])
    let planned = EventEvaluation.predictions(
      "Chilean Foreign Minister Ana Soto will meet Peruvian Foreign Minister Elmer Schialer next week.",
      date: "2025-04-28", extractor: Extractor())
    #expect(planned == [Dyad(source: "CHL", target: "PER", type: "AGREE")])
  }

  @Test func reciprocalMentionsCountBothWaysAndNegatedOnesNot() {
    let found = EventEvaluation.predictions(
      "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Elmer Schialer held talks on Monday.",
      date: "2025-04-28", extractor: Extractor())
    #expect(found == [
      Dyad(source: "CHL", target: "PER", type: "CONSULT"), Dyad(source: "PER", target: "CHL", type: "CONSULT"),
    ])
    let negated = EventEvaluation.predictions(
      "Chilean Foreign Minister Ana Soto did not meet Peruvian Foreign Minister Elmer Schialer.",
      date: "2025-04-28", extractor: Extractor())
    #expect(negated.isEmpty)
  }
}

/// The article-level scoring, on gold and predictions made up for these tests.
@Suite struct ArticleScoringTests {
  let gold = [
    ArticleEvaluation.GoldEdge(a: ["Olaf Scholz", "Scholz"], b: ["Vladimir Putin", "Putin"], type: "CONSULT", dates: ["2022-03-04"], status: "occurred"),
    ArticleEvaluation.GoldEdge(a: ["Germany", "Olaf Scholz"], b: ["Ukraine"], type: "SUPPORT", dates: [], status: "optional"),
    ArticleEvaluation.GoldEdge(a: ["Russia"], b: ["Ukraine"], type: "CONSULT", dates: [], status: "planned"),
  ]

  @Test func aMatchedPairWithAnAcceptedDateCountsTwice() {
    let p = [ArticleEvaluation.PredictedPair(a: ["Vladimir Putin", "Putin"], b: ["Olaf Scholz"], dates: ["2022-03-04"], label: "")]
    let r = ArticleEvaluation.score(gold: gold, predicted: p)
    #expect(r.pair == (1, 1, 1))
    #expect(r.dated == (1, 1, 1))
  }

  @Test func optionalGoldIsIgnoredAndPlannedGoldIsAFalsePositive() {
    let p = [
      ArticleEvaluation.PredictedPair(a: ["Olaf Scholz"], b: ["Ukraine"], dates: ["2022-03-04"], label: ""),
      ArticleEvaluation.PredictedPair(a: ["Russia"], b: ["Ukraine"], dates: ["2022-03-04"], label: ""),
    ]
    let r = ArticleEvaluation.score(gold: gold, predicted: p)
    #expect(r.pair == (1, 1, 0))
    #expect(r.dated == (1, 1, 0))
  }

  @Test func aWrongDateMatchesThePairOnly() {
    let p = [ArticleEvaluation.PredictedPair(a: ["Putin"], b: ["Scholz"], dates: ["2022-03-01"], label: "")]
    let r = ArticleEvaluation.score(gold: gold, predicted: p)
    #expect(r.pair == (1, 1, 1))
    #expect(r.dated == (1, 1, 0))
  }

  @Test func multiWordAliasesMatchInsideNamesAndSingleWordsMustBeWhole() {
    #expect(ArticleEvaluation.actorMatches(["U.S. State Department"], ["State Department"]))
    #expect(!ArticleEvaluation.actorMatches(["Putinism"], ["Putin"]))
    #expect(!ArticleEvaluation.actorMatches(["Vladimir Putin"], ["Putin Jr"]))
  }

  @Test func aWeekOrMonthCoversItsDays() {
    var m = Mention(
      article: "t", articleDate: CivilDate(iso: "2015-10-07"), sentence: 0, evidence: "",
      source: PoliticalActor(id: "a", name: "A", kind: .person, country: nil, sector: nil, aliases: []),
      target: PoliticalActor(id: "b", name: "B", kind: .person, country: nil, sector: nil, aliases: []),
      type: .consult, mode: nil, reciprocal: true, date: nil, dateText: "last week", datePrecision: "week",
      status: .occurred, trigger: "met")
    m.dateValue = "2015-W40"
    #expect(ArticleEvaluation.days(of: m) == Set(["2015-09-28", "2015-09-29", "2015-09-30", "2015-10-01", "2015-10-02", "2015-10-03", "2015-10-04"]))
    m.dateValue = "2015-09"
    #expect(ArticleEvaluation.days(of: m).count == 30)
    // A decade ("the 2010s") names no days to score.
    m.dateValue = "201"
    #expect(ArticleEvaluation.days(of: m).isEmpty)
    m.dateValue = nil
    #expect(ArticleEvaluation.days(of: m) == ["2015-10-07"])
  }
}
