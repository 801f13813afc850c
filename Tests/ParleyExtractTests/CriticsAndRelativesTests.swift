import ParleyIngest
import Testing

@testable import ParleyExtract

/// Criticism in the words US political reporting uses, relative clauses and party asides
/// after names, and which office a person holds when the article has no date. All
/// sentences are written for these tests.
@Suite struct CriticsAndRelativesTests {
  @Test func aRelativeWhoActsForItsAntecedent() {
    let found = dyads(
      "The loudest objection came from Senator Lisa Murkowski (R-Alaska), who blasted Donald Trump's tariff plan as reckless.",
      date: "2018-07-17")
    #expect(found.contains { $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE occurred") })
    // Without an aside, and with a meeting as the act.
    let met = dyads("Analysts praised Narendra Modi, who met Xi Jinping on Friday.", date: "2018-07-17")
    #expect(met.contains { $0.contains("narendra-modi") && $0.contains("xi-jinping") && $0.contains("CONSULT occurred 2018-07-13") })
  }

  @Test func aPartyAsideAfterANameIsNoBoundary() {
    #expect(dyads("Sen. Lisa Murkowski (R-Alaska) panned Donald Trump's tariff plan.", date: "2018-07-17").contains {
      $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE")
    })
  }

  @Test func criticismVerbs() {
    for verb in ["lambasted", "castigated", "assailed", "disagreed with"] {
      #expect(dyads("Lisa Murkowski \(verb) Donald Trump.", date: "2018-07-17").contains { $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE") }, "\(verb)")
    }
  }

  @Test func blastingPositionsIsShelling() {
    #expect(dyads("Ethiopia blasted Eritrea's positions with artillery.", date: "2018-07-17").contains { $0.hasPrefix("ethiopia>eritrea ASSAULT") })
    #expect(dyads("Ethiopia blasted Eritrea for its stance.", date: "2018-07-17").contains { $0.hasPrefix("ethiopia>eritrea ACCUSE") })
  }

  @Test func anInvestigationRestatesAnInvestigationOnly() {
    let found = dyads(
      "Lisa Murkowski criticised Donald Trump.", "The investigation into the leaks continued for months.",
      date: "2018-07-17")
    #expect(found.count == 1)
  }

  @Test func withNoDateAPersonHoldsTheirLatestOffice() {
    // Offices come from two files; the latest is by date, not by file order.
    let undated = Article(path: "t.txt", date: nil, dateSource: .none, paragraphs: ["Vladimir Putin spoke with Donald Trump."])
    let putin = Extractor().mentions(in: undated).flatMap { [$0.source, $0.target] }.first { $0.id == "vladimir-putin" }
    #expect(putin?.sector == "GOV")
  }

  @Test func aPartyAsideKeepsItsBrackets() {
    let found = dyads("The criticism came from Senator Lisa Murkowski (R), who blasted Donald Trump.", date: "2018-07-17")
    #expect(found.contains { $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE") })
  }
}
