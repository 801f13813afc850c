import Testing

@testable import ParleyExtract

/// Each construction of issue 5 with a positive and a negative case. All
/// sentences are written for these tests.
@Suite struct InteractionTests {
  @Test func coordinatedSubjectsAreReciprocal() {
    // "Jean Barrot" is the dictionary's Jean-Noël Barrot: a first name that begins alike.
    #expect(dyads("French Foreign Minister Jean Barrot and Brazilian Foreign Minister Mauro Vieira held talks in Paris on Friday.")
      == ["jean-noel-barrot=mauro-vieira CONSULT occurred 2025-04-25"])
  }

  @Test func betweenAAndB() {
    #expect(dyads("Officials described a phone call between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed on Saturday.")
      == ["abiy-ahmed=william-ruto CONSULT occurred 2025-04-26"])
  }

  @Test func directionOfAccusations() {
    #expect(dyads("Iran's foreign ministry accused Israel of sabotage.")
      == ["iranian-foreign-ministry>israel ACCUSE occurred 2025-04-28"]
      || dyads("Iran's foreign ministry accused Israel of sabotage.") == ["iran-foreign-ministry>israel ACCUSE occurred 2025-04-28"])
  }

  @Test func topicsAreNotRecipients() {
    // Ukraine is what they discussed, not who they discussed it with.
    #expect(dyads("Chilean Foreign Minister Ana Soto discussed the war in Ukraine.").isEmpty)
  }

  @Test func negation() {
    #expect(dyads("Zambian President Hakainde Hichilema did not meet Angolan President Joao Lourenco on Monday.").first?.contains("negated") == true)
    #expect(dyads("The ministry denied reports that Nigerian Foreign Minister Yusuf Tuggar had phoned Ghanaian Foreign Minister Samuel Ablakwa.").first?.contains("negated") == true)
  }

  @Test func plannedAndHypothetical() {
    #expect(dyads("Kenyan President William Ruto will meet Ethiopian Prime Minister Abiy Ahmed next week.").first?.contains("planned") == true)
    #expect(dyads("Kenyan President William Ruto is ready to meet Ethiopian Prime Minister Abiy Ahmed if the fighting stops.").first?.contains("hypothetical") == true)
  }

  @Test func reportedSpeechSpeakerIsNotAParticipantButThePronounIs() {
    let found = dyads("Chilean Foreign Minister Ana Soto told reporters she had spoken with Peruvian Foreign Minister Elmer Schialer on Tuesday.")
    #expect(found == ["ana-soto=elmer-schialer CONSULT occurred 2025-04-22"])
  }

  @Test func followUpSentencesAttachToTheEvent() {
    let found = dyads(
      "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Elmer Schialer spoke by phone on Sunday. The two ministers also agreed to meet in Lima. The call lasted an hour.")
    #expect(found.contains("ana-soto=elmer-schialer CONSULT occurred 2025-04-27"))
    #expect(found.contains("ana-soto=elmer-schialer AGREE occurred 2025-04-27"))
    #expect(found.filter { $0.hasPrefix("ana-soto=elmer-schialer CONSULT") }.count >= 2)
  }

  @Test func passiveVoice() {
    #expect(dyads("Angolan President Joao Lourenco was received by Zambian President Hakainde Hichilema on Monday.")
      == ["hakainde-hichilema>joao-lourenco CONSULT occurred 2025-04-28"])
  }

  @Test func sanctionsAndRequests() {
    #expect(dyads("The European Union imposed sanctions on Belarus on Monday.").first?.hasPrefix("eu>belarus SANCTION") == true)
    #expect(dyads("Canada called on Venezuela to release the prisoners.").first?.hasPrefix("canada>venezuela REQUEST") == true)
  }
}

@Suite struct AppositionAndModeTests {
  @Test func organisationAppositionIsPartOfThePerson() {
    let found = dyads("Chilean Foreign Minister Ana Soto discussed the week's events by phone with Lena Berg, the European Union's envoy, on Sunday.")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("ana-soto=lena-berg CONSULT") == true)
  }

  @Test func phoneModeFromNearbyWords() {
    let a = article("Chilean Foreign Minister Ana Soto discussed the week's events by phone with Peruvian Foreign Minister Elmer Schialer.")
    #expect(Extractor().mentions(in: a).first?.mode == "phone")
  }

  @Test func vaguePluralRecipientsAreDropped() {
    // "both sides" as a recipient names no one in particular.
    #expect(dyads("Chilean Foreign Minister Ana Soto called on both sides to show restraint.").isEmpty)
  }
}

@Suite struct NominalAndMultiPartyTests {
  @Test func multiPartyMeetingsGiveEveryPair() {
    let found = dyads("The foreign ministers of Chile, Peru and Bolivia met in Lima on Monday.")
    #expect(Set(found) == [
      "chile=peru CONSULT occurred 2025-04-28", "bolivia=chile CONSULT occurred 2025-04-28",
      "bolivia=peru CONSULT occurred 2025-04-28",
    ])
    // A place after "in" is not a participant.
    #expect(!found.contains { $0.contains("lima") })
  }

  @Test func dashPairsBeforeANounEvent() {
    #expect(dyads("The Lavrov-Rubio call lasted an hour.") == ["marco-rubio=sergey-lavrov CONSULT occurred 2025-04-28"])
    #expect(dyads("The Chilean-Peruvian talks ended on Monday.") == ["chile=peru CONSULT occurred 2025-04-28"])
    // A hyphenated surname stays one person.
    #expect(dyads("The Al-Thani meeting ended.").isEmpty)
  }

  @Test func possessiveNominalEvents() {
    #expect(dyads("Chile's talks with Peru ended without agreement.") == ["chile=peru CONSULT occurred 2025-04-28"])
    // A noun event with no one holding it is not attributed to the speaker.
    #expect(dyads("Chile stressed the importance of starting negotiations.").isEmpty)
  }
}

@Suite struct ComplementTests {
  @Test func pronounSubjectAfterAReportingVerb() {
    #expect(dyads("Chile says it is willing to withdraw its troops from Peru.") == ["chile>peru RETREAT hypothetical -"])
    // Without a pronoun, the speaker is not the actor of the reported event: the army is
    // (Chile's, as nothing else in the sentence is named first).
    #expect(dyads("Chile says the army will withdraw its troops from Peru.") == ["chile-military>peru RETREAT planned -"])
    #expect(dyads("Chile says Bolivia will withdraw its troops from Peru.") == ["bolivia>peru RETREAT planned -"])
  }

  @Test func agreementsTargetTheActorOfTheirComplement() {
    #expect(dyads("Chile agreed to lift its embargo on Peru.").first?.hasPrefix("chile>peru AGREE") == true)
    #expect(dyads("Chile agreed to raise taxes.").isEmpty)
  }
}

@Suite struct ProtestAndViolenceTests {
  @Test func protestersWithoutATargetProtestTheirGovernment() {
    #expect(dyads("Chilean students rioted on Monday.").first?.hasPrefix("chile-civilians>chile PROTEST") == true
      || dyads("Chilean students rioted on Monday.").first?.contains(">chile PROTEST") == true)
    #expect(dyads("Chilean students rioted against Peru on Monday.").first?.contains(">peru PROTEST") == true)
  }

  @Test func violenceVerbs() {
    #expect(dyads("Chilean soldiers beat up Peruvian detainees.").first?.contains("ASSAULT") == true)
    #expect(dyads("Chilean police demolished Peruvian homes.").first?.contains("COERCE") == true)
  }
}

@Suite struct RejectionAndObligationTests {
  @Test func rejectedProposalsAreNotEventsOfTheirOwn() {
    let found = dyads("Chile rejected Peru's demand to cut ties with Bolivia.")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("chile>peru REJECT") == true)
  }

  @Test func failingToAgreeIsARejection() {
    #expect(dyads("Chile and Peru failed to reach agreement on Sunday.").first?.hasPrefix("chile=peru REJECT") == true)
  }

  @Test func obligationsAfterAReportingVerbWithATime() {
    #expect(dyads("Chile said on Tuesday that Peru must return the ship.").contains { $0.hasPrefix("chile>peru REQUEST") })
    #expect(!dyads("Chile said on Tuesday that the ship must return.").contains { $0.contains("REQUEST") })
  }

  @Test func appositionBetweenSubjectAndVerb() {
    #expect(dyads("Chile, a close U.S. ally, has refused to deploy troops in Peru.").first?.hasPrefix("chile>peru") == true)
  }

  @Test func participleBeforeATitleIsNotAVisit() {
    #expect(!dyads("Chile's President met Peru's visiting President Dina Boluarte.").contains { $0.contains(">peru CONSULT") && $0.hasPrefix("peru") })
  }
}

@Suite struct ThreatTests {
  @Test func theContentOfAThreatIsNotAnEvent() {
    let found = dyads("Chile threatened to impose sanctions on Peru.")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("chile>peru THREATEN") == true)
  }

  @Test func aVerbalNounAfterADeterminerIsNotAVerb() {
    #expect(!dyads("Chile blamed Peru for the bombing of the embassy.").contains { $0.contains("ASSAULT") })
  }
}

@Suite struct CircumstantialMeetingTests {
  @Test func aCallInWhichOneToldTheOther() {
    #expect(dyads("Chilean Foreign Minister Ana Soto told her Peruvian counterpart Elmer Schialer in a telephone call on Sunday that talks could resume.").first
      == "ana-soto=elmer-schialer CONSULT occurred 2025-04-27")
    // One side only: no pair.
    #expect(dyads("Chilean Foreign Minister Ana Soto said in a telephone call on Sunday that talks could resume.").isEmpty)
  }
}

@Suite struct NominalStatusTests {
  @Test func modalsAfterANounEvent() {
    #expect(dyads("Officials said a Lavrov–Rubio meeting would be possible.").first?.contains("hypothetical") == true)
    #expect(dyads("The Lavrov–Rubio talks will take place in Riyadh.").first?.contains("planned") == true)
  }

  @Test func subordinateClausesAreNotRecipients() {
    #expect(dyads("Chile called on its partners to impose sanctions if Peru kept blocking a ceasefire.").isEmpty)
  }

  @Test func theTwoDelegationsReferToTheLastPair() {
    let found = dyads("Chile accused Peru of stalling. The two delegations met on Friday.")
    #expect(found.contains("chile=peru CONSULT occurred 2025-04-25"))
  }
}

@Suite struct PlaceTests {
  @Test func aCityPlacesTheRecipientButDoesNotAct() {
    #expect(dyads("Russian forces shelled Kharkiv on Sunday.").first?.hasPrefix("russian-military>ukraine ASSAULT") == true
      || dyads("Russian forces shelled Kharkiv on Sunday.").first?.contains(">ukraine ASSAULT") == true)
    #expect(!dyads("Kharkiv said Russia attacked.").contains { $0.hasPrefix("ukraine>") })
  }

  @Test func aTimesPossessiveIsNotAnActor() {
    #expect(!dyads("India accused Pakistan over last month's killing of tourists.").contains { $0.contains("ASSAULT") })
  }
}

@Suite struct ReachingOutTests {
  @Test func reachingOutToSomeoneIsAContact() {
    #expect(dyads("Emmanuel Macron reached out to Olaf Scholz on Sunday.", date: "2024-06-10").contains { $0.hasPrefix("emmanuel-macron>olaf-scholz CONSULT occurred 2024-06-09") })
  }
}

@Suite struct ArrivalAndAimTests {
  @Test func landingSomewhereIsAVisit() {
    #expect(dyads("Emmanuel Macron landed in Warsaw on Wednesday.", date: "2024-06-14").contains { $0.hasPrefix("emmanuel-macron>poland CONSULT occurred 2024-06-12") })
  }

  @Test func takingAimAtSomeoneIsCriticism() {
    #expect(dyads("Olaf Scholz took aim at Emmanuel Macron on Sunday.", date: "2024-06-10").contains { $0.hasPrefix("olaf-scholz>emmanuel-macron ACCUSE occurred 2024-06-09") })
  }
}
