import Testing

@testable import ParleyExtract

/// Groups named without their country, acts with no named target, passives without an
/// agent and ethnic communities. All sentences are written for these tests.
@Suite struct DomesticEventTests {
  @Test func aGroupTakesTheCountryOfTheFollowingPlace() {
    #expect(dyads("Rebels in Mali rejected the government's offer on Tuesday.").first?.hasPrefix("mali-rebels>mali REJECT") == true)
    #expect(dyads("Students throughout Kenya demanded lower fees.") == ["kenya-experts>kenya REQUEST occurred 2025-04-28"])
  }

  @Test func aGroupTakesTheFirstCountryOfTheSentence() {
    // The demonstrators are Peru's: the sentence names no other country before them.
    #expect(dyads("Peruvian police arrested dozens of demonstrators on Friday.")
      == ["peru-police>peru-protesters COERCE occurred 2025-04-25"])
  }

  @Test func aGroupTakesTheCountryTheArticleNamedMost() {
    let found = dyads(
      "Bolivia's election commission postponed the vote.", "Hours later, the police detained protesters in the capital.")
    #expect(found.contains { $0.hasPrefix("bolivia-police>bolivia-protesters COERCE") })
  }

  @Test func aGroupWithNoCountryAnywhereIsNoActor() {
    #expect(dyads("Rebels attacked a convoy on Monday.").isEmpty)
  }

  @Test func theSubjectsOwnTroopsAreNotAnActor() {
    #expect(dyads("Chile offered its troops to Peru.").first?.hasPrefix("chile>peru AGREE") == true)
  }

  @Test func anActBeforeAPlaceTargetsThatPlacesCountry() {
    #expect(dyads("Armed militants blew up a bridge near Kandahar.").first?.hasPrefix("afghanistan-rebels>afghanistan ASSAULT") == true)
    #expect(dyads("The Tunisian government imposed a curfew in southern Tunisia.").first?.hasPrefix("tunisia>tunisia COERCE") == true)
  }

  @Test func aGroupWithNoTargetAddressesItsOwnGovernment() {
    #expect(dyads("Nepali farmers demanded cheaper fertiliser.") == ["nepal-farmers>nepal REQUEST occurred 2025-04-28"])
    // …but aid, talks and force need someone named to receive them.
    #expect(dyads("Nepali farmers attacked on Sunday.").isEmpty)
  }

  @Test func talksAreNotHeldWithTheirVenue() {
    #expect(dyads("The Chilean rebels met in Lima.").isEmpty)
  }

  @Test func aPassiveWithoutAgentHasThePlaceAsActor() {
    #expect(dyads("Two Ghanaian soldiers were killed in northern Mali.").first?.hasPrefix("mali>ghana-military ASSAULT") == true)
    #expect(dyads("Two Ghanaian soldiers were killed on Sunday.").isEmpty)
  }

  @Test func ethnicCommunitiesBelongWhereTheyLive() {
    #expect(dyads("Hundreds of ethnic Hungarians protested in Slovakia.").first?.hasPrefix("slovakia-ethnic-hungarians>slovakia PROTEST") == true)
    #expect(dyads("Bosnian Croats boycotted the vote.").first?.hasPrefix("bosnia-and-herzegovina-croats>bosnia-and-herzegovina SANCTION") == true)
    #expect(dyads("Bosnian Croats accused Serbia of meddling.").first?.hasPrefix("bosnia-and-herzegovina-croats>serbia ACCUSE") == true)
  }

  @Test func plannedMeetingsKeepTheirDirection() {
    let found = dyads("Chadian President Mahamat Deby said he would meet Sudanese General Abdel Fattah al-Burhan.")
    #expect(found.first?.hasPrefix("mahamat-deby=abdel-fattah-al-burhan CONSULT") == true)
  }
}

/// Clause details met in older wire copy. All sentences are written for these tests.
@Suite struct ClauseDetailTests {
  @Test func anUnknownOfficeHolderTakesTheCountryNamedBeforeHim() {
    let placed = Extractor().mentions(in: article("Malian rebels rejected an appeal from President Amadou Kone."))
    #expect(placed.first?.target.id == "amadou-kone" && placed.first?.target.country == "MLI")
    // With nothing named before him and several countries after, he stays unplaced.
    let unplaced = Extractor().mentions(in: article("President Amadou Kone accused Ghana and Togo of meddling."))
    #expect(unplaced.count == 2 && unplaced.allSatisfy { $0.source.country == nil })
  }

  @Test func bracketedAcronymsDoNotSplitTheClause() {
    #expect(dyads("The Nepali Students Union (NSU) organised a general strike in Pokhara and Nepal.").contains { $0.contains(">nepal PROTEST") })
  }

  @Test func portionsOfAnEventKeepTheirLightVerb() {
    #expect(dyads("Chilean and Peruvian warships began five days of joint exercises.").first?.hasPrefix("chile-military=peru-military COOPERATE") == true)
  }

  @Test func leadersOfACountryStandForIt() {
    #expect(dyads("Chile's foreign minister held talks with leaders of Peru's new government.").first?.contains("=peru CONSULT") == true)
  }

  @Test func opposedToIsNoPassive() {
    #expect(dyads("Chile is opposed to Peruvian mediation.").first?.hasPrefix("chile>peru REJECT") == true)
  }

  @Test func multiWordNamesNeedTheirCapitals() {
    #expect(dyads("The Chilean foreign minister visited Russia today.").first?.contains(">russia CONSULT") == true)
  }
}

/// One event per intent: what a protest is for, what a demand asks, what a sanction
/// stops. All sentences are written for these tests.
@Suite struct ContentOfEventsTests {
  @Test func theDemandOfAProtestIsItsPurpose() {
    let found = dyads("Thousands of Chilean students marched in Santiago to demand free tuition.")
    #expect(found.map { String($0.split(separator: " ")[1]) } == ["PROTEST"])
  }

  @Test func whatADemandAsksHasNotHappened() {
    let found = dyads("Peru demanded that Chile lift its embargo on Bolivia.")
    #expect(found.count == 1 && found[0].hasPrefix("peru>chile REQUEST"))
    // …but a demand that is rejected stays the other side's demand.
    #expect(dyads("Chile rejected a Peruvian request to reopen the border.").first?.hasPrefix("chile>peru REJECT") == true)
  }

  @Test func acceptingDemandsIsAConcession() {
    let found = dyads("The Chilean government accepted demands from Peru.")
    #expect(found.count == 1 && found[0].hasPrefix("chile>peru CONCEDE"))
  }

  @Test func cancellingAVisitIsTheSanction() {
    let found = dyads("The Chilean foreign minister cancelled a planned visit to Peru.")
    #expect(found.count == 1 && found[0].contains(">peru SANCTION"))
  }
}

/// Stances, closing reports and lists. All sentences are written for these tests.
@Suite struct ClauseEdgeTests {
  @Test func aStanceNamesNoActor() {
    #expect(dyads("An anti-Chile activist was attacked in Lima.").allSatisfy { !$0.hasPrefix("chile") && !$0.contains(">chile ") })
  }

  @Test func aClosingReportIsNoEvent() {
    let found = dyads("Chilean police beat Peruvian migrants at the border, a rights group charged on Friday.")
    #expect(found.count == 1 && found[0].hasPrefix("chile-police>peru-refugees ASSAULT"))
  }

  @Test func aComplementListRunsPastItsCommas() {
    let found = dyads("Chile agreed to lift its embargo on Peru, Bolivia and Ecuador.")
    #expect(Set(found.filter { $0.contains(" AGREE ") }.map { String($0.split(separator: " ")[0]) })
      == ["chile>peru", "chile>bolivia", "chile>ecuador"])
  }
}

/// Holders, conditions and victims. All sentences are written for these tests.
@Suite struct HoldersAndVictimsTests {
  @Test func anAdjectiveHoldsANounEvent() {
    #expect(dyads("Chilean raids on Peru continued on Sunday.").first?.hasPrefix("chile>peru ASSAULT") == true)
  }

  @Test func aThreatIsAimedAtTheSideItsConditionNames() {
    #expect(dyads("Chile threatened to close the border if Peru keeps the tariffs.").first?.hasPrefix("chile>peru THREATEN") == true)
  }

  @Test func countedPeopleAreWhereTheSentencePutsThem() {
    #expect(dyads("Chilean gunmen killed 12 people in Lima on Friday.").first?.hasPrefix("chile-mercenaries>peru-civilians ASSAULT") == true)
    // "people" alone is no actor.
    #expect(dyads("Chilean gunmen said people should stay home.").isEmpty)
  }

  @Test func aPeopleLivingElsewhereBelongsThere() {
    #expect(dyads("The Peruvians of northern Chile demanded autonomy from the Chilean government.").first?.hasPrefix("chile-peruvians>chile REQUEST") == true)
  }

  @Test func aVictimNamedBeforeAPassiveAgent() {
    #expect(dyads("A convoy carrying Peruvian refugees was attacked by Chilean militiamen.").first?.hasPrefix("chile-rebels>peru-refugees ASSAULT") == true)
  }
}

/// What is withdrawn, lifted or broken up decides the event. Sentences written for these tests.
@Suite struct ObjectDecidesTypeTests {
  @Test func withdrawingInspectorsIsASanction() {
    #expect(dyads("Chile withdrew its inspectors from Peru.").first?.hasPrefix("chile>peru SANCTION") == true)
    #expect(dyads("Chile withdrew its troops from Peru.").first?.hasPrefix("chile>peru RETREAT") == true)
  }

  @Test func liftingABlockadeIsARetreatAndLiftsNothingNew() {
    let found = dyads("The Chilean navy lifted a blockade on Peruvian ports.")
    #expect(found.count == 1 && found[0].contains(" RETREAT "))
  }

  @Test func breakingUpAProtestIsTheRepression() {
    let found = dyads("Chilean police broke up a demonstration by Peruvian migrants.")
    #expect(found.map { String($0.split(separator: " ")[1]) } == ["COERCE"])
  }

  @Test func aPastGovernorDatesABareWeekdayInThePast() {
    // The article is dated Monday 28 April 2025; "opened fire to disperse … on Sunday" is the day before.
    let found = dyads("Chilean police opened fire to disperse Peruvian protesters on Sunday.")
    #expect(found.contains { $0.contains(" COERCE occurred 2025-04-27") })
  }
}

/// Speakers and venues are not recipients. Sentences written for these tests.
@Suite struct SpeakersAndVenuesTests {
  @Test func aClosingSpeakerIsNoRecipient() {
    let found = dyads("Chile's foreign minister will travel to Lima to meet Peruvian Foreign Minister Elmer Schialer, Chile's foreign ministry said.")
    #expect(!found.contains { $0.contains("foreign-ministry") })
  }

  @Test func aThreatMadeInParliamentIsNotAimedAtIt() {
    let found = dyads("The Chilean president warned in parliament on Friday that any Peruvian incursion would meet a firm response.")
    #expect(found.contains { $0.contains(">peru THREATEN") })
    #expect(!found.contains { $0.contains("parliament THREATEN") })
  }
}

/// Reduced passives and names that look like verbs. Sentences written for these tests.
@Suite struct ReducedPassiveTests {
  @Test func aParticipleAfterItsNounIsPassive() {
    #expect(dyads("Twelve Chilean soldiers killed in Peru were buried on Sunday.").first?.hasPrefix("peru>chile-military ASSAULT") == true)
    // The patient is no actor: nobody is known to have acted on anyone.
    #expect(dyads("Chile said it would help identify victims killed by the crash in Peru.").allSatisfy { !$0.contains("ASSAULT") })
  }

  @Test func aCapitalisedVerbInsideASentenceIsAName() {
    #expect(dyads("Chilean activists unfurled Free Peru banners in Lima.").allSatisfy { !$0.contains("RETREAT") })
  }
}

/// Participles, rejected ultimatums and venues with a compass word. Sentences written for these tests.
@Suite struct ParticipleTests {
  @Test func aParticipleAfterACommaSharesTheMainSubject() {
    let found = dyads("Chilean rebels shelled the Peruvian town of Tacna, killing 12 people, officials in Lima said.")
    #expect(found.contains { $0.hasPrefix("chile-rebels>") && $0.contains(" ASSAULT ") })
    #expect(!found.contains { $0.hasPrefix("peru>") })
  }

  @Test func aRejectedUltimatumIsNoThreat() {
    let found = dyads("Chile rejected a Peruvian ultimatum to close the border.")
    #expect(found.count == 1 && found[0].hasPrefix("chile>peru REJECT"))
  }

  @Test func aParticipleAfterAPrepositionIsAnAdjective() {
    #expect(dyads("Chile expelled Peruvian inspectors from frozen facilities.").allSatisfy { !$0.contains("peru>") })
  }
}

/// Complaints and aid. Sentences written for these tests.
@Suite struct ComplaintTests {
  @Test func aComplaintIsAimedAtWhatItIsAbout() {
    #expect(dyads("Chile complained to the United Nations over two Peruvian air raids.").first?.hasPrefix("chile>peru ACCUSE") == true)
    // An investigation is aimed at the perpetrators, not at the victims.
    #expect(dyads("Chile is investigating crimes by Chilean soldiers against Peruvian civilians.").allSatisfy { !$0.contains(">peru-civilians ACCUSE") })
  }

  @Test func aidBeforeANounIsANoun() {
    #expect(dyads("Chile blocked U.N. aid convoys to Peru.").allSatisfy { !$0.contains(" AID ") })
  }
}

@Suite struct ReadinessTests {
  @Test func forceMadeReadyIsAMobilisation() {
    #expect(dyads("The Chilean army prepared to resume shelling Peruvian positions.").first?.contains(" MOBILIZE ") == true)
  }
}

/// Hosts, named places and pronoun speakers. Sentences written for these tests.
@Suite struct HostAndPlaceTests {
  @Test func aHostBringsTheSidesTogether() {
    let found = dyads("Chilean President Gabriel Boric said he was ready to host a meeting between a Peruvian delegation and Bolivian leaders.")
    #expect(found.contains { $0.hasPrefix("gabriel-boric>peru") && $0.contains(" CONSULT hypothetical") })
    #expect(found.contains { $0.hasPrefix("gabriel-boric>bolivia") })
  }

  @Test func aTownOfAPlaceLocatesViolence() {
    #expect(dyads("A roadside bomb near the town of Kandahar killed two Chilean soldiers.").first?.hasPrefix("afghanistan>chile-military ASSAULT") == true)
  }

  @Test func aPronounAfterAnnouncedThatIsTheAnnouncer() {
    #expect(dyads("Chile today announced that it will withdraw its troops from Peru.").first?.hasPrefix("chile>peru RETREAT planned") == true)
  }
}

@Suite struct ParticleTests {
  @Test func aVerbBeforeUpMeansSomethingElse() {
    #expect(dyads("More than 600 Chilean students signed up to support Peru.").allSatisfy { !$0.contains(" SUPPORT ") || !$0.hasPrefix("chile-experts>chile ") })
    #expect(dyads("Chilean rebels kidnapped up to 16 Peruvian advisers.").first?.contains(" ASSAULT ") == true)
  }
}

@Suite struct RefusalAndExerciseTests {
  @Test func exercisesInAPlaceAreAMobilisationThere() {
    #expect(dyads("Chile is conducting military exercises in Peru.").first?.hasPrefix("chile>peru MOBILIZE") == true)
  }

  @Test func permissionAndEvidence() {
    #expect(dyads("Chile gave permission to Peru to use the port.").first?.hasPrefix("chile>peru CONCEDE") == true)
    #expect(dyads("Chile presented evidence against Peru.").first?.hasPrefix("chile>peru ACCUSE") == true)
  }
}

@Suite struct StrikeTests {
  @Test func airStrikesAreNoLabourStrikes() {
    let found = dyads("Dozens were injured in Chilean strikes on Peruvian positions.")
    #expect(!found.contains { $0.contains(" PROTEST ") })
    #expect(dyads("Chilean teachers began a nationwide strike on Monday.").first?.contains(" PROTEST ") == true)
  }

  @Test func aDowntownPlaceIsNoSubject() {
    let found = dyads("Thousands of Peruvian demonstrators gathered in downtown Lima to criticize the Chilean government.")
    #expect(found.contains { $0.hasPrefix("peru-protesters>chile ") })
  }
}

@Suite struct TitleAsNameTests {
  @Test func theShahIsNoSurname() {
    let found = Extractor().mentions(in: article("The Shah expelled British oil companies."))
    #expect(found.allSatisfy { $0.source.kind != .person })
  }

  @Test func signingAPetitionSupportsNoGovernment() {
    #expect(dyads("Chilean students signed a petition on Monday.").isEmpty)
  }
}

@Suite struct CivilianFromTests {
  @Test func aCivilianFromAPlaceIsItsNational() {
    #expect(dyads("A Chilean-born missionary from Santiago was arrested in Peru.").first?.hasPrefix("peru>chile-civilians COERCE") == true)
  }

  @Test func sharingIsTwoWay() {
    #expect(dyads("Chile has been sharing intelligence with Peru.").first?.hasPrefix("chile=peru COOPERATE") == true)
  }
}

@Suite struct WarrantAndPartnershipTests {
  @Test func aCourtIssuingWarrantsCoerces() {
    #expect(dyads("A court in Chile has issued arrest warrants for two Peruvian men.").first?.hasPrefix("chile-judiciary>peru COERCE") == true)
  }

  @Test func deepeningAPartnershipIsCooperation() {
    #expect(dyads("Chile and Peru deepened their partnership in energy.").first?.hasPrefix("chile=peru COOPERATE") == true)
    // "alleged" before a noun is an adjective, not an accusation.
    #expect(dyads("Chile will hand over the alleged smugglers to Peru.").allSatisfy { !$0.contains(" ACCUSE ") })
  }
}
