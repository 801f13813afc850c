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

/// Acts told as coming next, and those who joined a meeting. Sentences written for these tests.
@Suite struct NarrativeFollowUpTests {
  @Test func thenKeepsTheDayOfTheActBefore() {
    let found = dyads(
      "Olaf Scholz and Pedro Sanchez met privately on Thursday.", "Officials described the mood as warm.",
      "Scholz then had dinner with Giorgia Meloni.", date: "2024-06-14")
    #expect(found.contains { $0.contains("giorgia-meloni") && $0.contains("olaf-scholz") && $0.hasSuffix("2024-06-13") })
    // "since then" says nothing of the day.
    let since = dyads("Olaf Scholz met Pedro Sanchez on Thursday.", "Since then Giorgia Meloni has criticised Scholz.", date: "2024-06-14")
    #expect(since.contains { $0.hasPrefix("giorgia-meloni>olaf-scholz ACCUSE occurred 2024-06-14") })
  }

  @Test func thoseWhoAlsoTookPartMetTheSides() {
    let found = dyads(
      "Olaf Scholz and Pedro Sanchez met privately on Thursday.", "The talks lasted two hours.",
      "Finance ministers Christian Lindner and Nadia Calvino also took part, a German statement said.",
      date: "2024-06-14")
    #expect(found.contains { $0.contains("christian-lindner") && $0.contains("pedro-sanchez") && $0.hasSuffix("2024-06-13") })
    #expect(found.contains { $0.contains("nadia-calvino") && $0.contains("olaf-scholz") })
    #expect(found.contains { $0.contains("christian-lindner") && $0.contains("nadia-calvino") })
    // Colleagues of one side are not counterparts.
    #expect(!found.contains { $0.contains("christian-lindner") && $0.contains("olaf-scholz") })
    // Attending something else with someone else is no joining.
    let other = dyads("Olaf Scholz met Pedro Sanchez on Thursday.", "Christian Lindner attended a dinner with Giorgia Meloni.", date: "2024-06-14")
    #expect(!other.contains { $0.contains("christian-lindner") && $0.contains("pedro-sanchez") })
  }
}

/// A damning verdict reported as someone's words. Sentences written for these tests.
@Suite struct VerdictTests {
  @Test func aVerdictOnAnActorsActIsCriticism() {
    #expect(dyads("Lisa Murkowski said Donald Trump's tariff plan was reckless.", date: "2018-07-17").contains { $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE occurred") })
    #expect(dyads("Donald Trump's tariff plan is simply wrong, Lisa Murkowski said.", date: "2018-07-17").contains { $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE") })
  }

  @Test func noVerdictNoSpeakerOrNegatedIsNothing() {
    #expect(dyads("Lisa Murkowski said the weather was bad.", date: "2018-07-17").isEmpty)
    #expect(dyads("Lisa Murkowski said Donald Trump was not wrong.", date: "2018-07-17").isEmpty)
    #expect(dyads("Donald Trump's tariff plan was reckless.", date: "2018-07-17").isEmpty)
    // The judged side opens the clause: attacks on civilians are not the civilians' fault.
    #expect(!dyads("Lisa Murkowski said the attacks against Syrian civilians were outrageous.", date: "2018-07-17").contains { $0.contains("ACCUSE") })
  }
}

/// Criticism told from the side of the one criticised. Sentences written for these tests.
@Suite struct ReceivedCriticismTests {
  @Test func drawingCriticismFromXIsXsCriticism() {
    #expect(dyads("Donald Trump came under fire from Lisa Murkowski for his remarks.", date: "2018-07-17").contains { $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE") })
    #expect(dyads("Donald Trump's tariff plan drew criticism from Lisa Murkowski.", date: "2018-07-17").contains { $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE") })
    // Nobody owns the plan: nobody is criticised.
    #expect(dyads("The tariff plan drew criticism from Lisa Murkowski.", date: "2018-07-17").isEmpty)
  }
}

/// Support told from the side of the one supported, and lawsuits. Sentences written for these tests.
@Suite struct EndorsementAndLawsuitTests {
  @Test func winningAnEndorsementFromXIsXsSupport() {
    #expect(dyads("On Tuesday Lisa Murkowski won an endorsement from Mitt Romney.", date: "2018-07-17").contains { $0.hasPrefix("mitt-romney>lisa-murkowski SUPPORT occurred 2018-07-17") })
  }

  @Test func filingALawsuitAgainstXAccusesX() {
    #expect(dyads("Lisa Murkowski filed a lawsuit against Donald Trump on Monday.", date: "2018-07-17").contains { $0.hasPrefix("lisa-murkowski>donald-trump ACCUSE occurred 2018-07-16") })
  }
}

/// A year that names a thing does not date the act. Sentences written for these tests.
@Suite struct YearAsModifierTests {
  @Test func theYearOfAThingIsNotTheActsDate() {
    let found = dyads("Donald Trump threatened Iran in a speech about the 2016 election.", date: "2018-07-23")
    #expect(found.contains { $0.hasPrefix("donald-trump>iran THREATEN occurred 2018-07-23") })
    // A year after a preposition still dates the act.
    let dated = dyads("Donald Trump threatened Iran in 2017.", date: "2018-07-23")
    #expect(dated.contains { $0.hasPrefix("donald-trump>iran THREATEN occurred -") })
  }
}

/// A ban on trade or travel is a sanction. Sentences written for these tests.
@Suite struct TradeBanTests {
  @Test func banningImportsIsASanction() {
    #expect(dyads("Canada bans imports of steel from Belarus.", date: "2022-03-08").contains { $0.hasPrefix("canada>belarus SANCTION") })
    #expect(dyads("Canada banned flights from Belarus.", date: "2022-03-08").contains { $0.hasPrefix("canada>belarus SANCTION") })
  }
}

/// Striking a deal, and passives with an adverb. Sentences written for these tests.
@Suite struct StrikeADealTests {
  @Test func aDealStruckIsNoAttack() {
    #expect(!dyads("A deal was struck for Lisa Murkowski to meet Justin Trudeau in Ottawa.", date: "2019-06-03").contains { $0.contains("ASSAULT") })
    #expect(!dyads("Chile and Peru struck a last-minute deal on Tuesday.", date: "2019-06-03").contains { $0.contains("ASSAULT") })
    // Strikes on a side that break a truce are still strikes.
    #expect(dyads("Ethiopian jets struck Eritrean positions.", date: "2019-06-03").contains { $0.contains("ASSAULT") })
  }

  @Test func anAdverbDoesNotHideAPassive() {
    // Criticised by no one named: nobody is the critic.
    #expect(dyads("Donald Trump was heavily criticized for skipping a ceremony at an American military cemetery.", date: "2019-06-03").isEmpty)
  }
}
