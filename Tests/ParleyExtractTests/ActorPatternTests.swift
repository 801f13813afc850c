import ParleyIngest
import Testing

@testable import ParleyExtract

/// Patterns of actor phrases: bodies after a country word, sectors from titles,
/// former office holders, role-only phrases, spelling variants. Each has a
/// positive and a negative case, in sentences written for these tests.
@Suite struct ActorPatternTests {
  func actors(_ sentence: String, date: String = "2025-05-01") -> [String] {
    var context = ArticleContext(date: CivilDate(iso: date))
    let tokens = Tokenizer().tokens(in: sentence)
    return ActorRecognizer().spans(in: tokens, context: &context).filter { $0.role == .participant }
      .flatMap(\.actors).map { "\($0.name)|\($0.country ?? "-")|\($0.sector ?? "-")" }
  }

  func resolved(_ phrase: String, date: String? = "2025-05-01") -> String {
    guard let a = ActorResolver().actor(in: phrase, on: date.flatMap { CivilDate(iso: $0) }) else {
      return "nothing"
    }
    return "\(a.country ?? "-")|\(a.sector ?? "-")"
  }

  // MARK: Bodies after a country word

  @Test func modifiersBeforeABodyNounRefineTheSector() {
    #expect(actors("Israeli intelligence officials met on Tuesday.") == ["Israeli Intelligence|ISR|SPY"])
    #expect(actors("Afghan rebel leaders rejected the plan.") == ["Afghan Rebels|AFG|REB"])
    #expect(actors("Senior Hungarian officials spoke.") == ["Hungary|HUN|GOV"])
    // Negative: a country adjective before a thing stays a modifier.
    #expect(actors("An Indian proposal was tabled.") == [])
  }

  @Test func militaryEquipmentAndForcesAreTheMilitary() {
    // The country's military as the dictionaries name it, when they do.
    #expect(actors("Two Chinese warplanes crossed the line.") == ["People's Liberation Army|CHN|MIL"])
    #expect(actors("French warships left port.") == ["French armed forces|FRA|MIL"])
    #expect(actors("Chilean warships left port.") == ["Chilean Military|CHL|MIL"])
    #expect(resolved("the Saudi National Guard") == "SAU|MIL")
    // Negative: "Chinese tourists" are civilians, not the military.
    #expect(actors("Chinese tourists arrived.") == ["Chinese Civilians|CHN|CVL"])
  }

  @Test func groupsOfPeopleTakeTheirSector() {
    #expect(resolved("Ukrainian farmers") == "UKR|AGR")
    #expect(resolved("a Belarusian protester") == "BLR|CVL")
    #expect(resolved("Kenyan police") == "KEN|COP")
    #expect(resolved("Swiss aid groups") == "CHE|NGO")
    #expect(resolved("Mexican drug cartels") == "MEX|CRM")
  }

  @Test func possessiveCountryWithANamedBody() {
    #expect(resolved("Peru's Ministry of Energy") == "PER|GOV")
    #expect(resolved("Russia's Pacific Fleet") == "RUS|MIL")
    #expect(resolved("Norway's central bank") == "NOR|GOV")
    #expect(actors("Chile's Defence Ministry said so.") == ["Chilean Defence Ministry|CHL|GOV"])
    // Negative: a person's name after a country is not a body.
    #expect(actors("Russia's Anna Petrova won.").allSatisfy { !$0.contains("Ministry") })
  }

  // MARK: Titles

  @Test func defenceMinistersAreGovernmentAndArmyChiefsMilitary() {
    #expect(actors("Dutch Defence Minister Jan de Vries spoke.") == ["Jan de Vries|NLD|GOV"])
    #expect(actors("The Dutch army chief spoke.").first?.hasSuffix("|NLD|MIL") == true)
  }

  @Test func formerOfficeHoldersAreElites() {
    #expect(actors("Former President Joe Biden spoke.") == ["Joe Biden|USA|ELI"])
    #expect(resolved("a former CIA official") == "USA|ELI")
    #expect(resolved("Angela Merkel", date: "2023-03-01") == "DEU|ELI")
    // Negative: in office on the date.
    #expect(resolved("Angela Merkel", date: "2019-03-01") == "DEU|GOV")
    // Negative: "the former Soviet Union" is a place, not an elite.
    #expect(resolved("the former Soviet Union") != "RUS|ELI")
  }

  @Test func ordinalAndOfCountryTitles() {
    #expect(resolved("the 18th President of Finland").hasPrefix("FIN|GOV"))
    #expect(resolved("Poland's current interior minister") == "POL|GOV")
  }

  @Test func militaryRanksAreTitles() {
    #expect(actors("Lt. Gen. Omar Haddad, Jordan's army chief, spoke.").first == "Omar Haddad|JOR|MIL")
  }

  // MARK: Role-only phrases

  @Test func roleOnlyPhrasesGiveTheSector() {
    #expect(resolved("Defense Minister") == "-|GOV")
    #expect(resolved("an opposition lawmaker") == "-|LEG")
    #expect(resolved("Muslim leaders in France") == "FRA|REL")
    #expect(resolved("people in the UK") == "GBR|CVL")
    #expect(resolved("British") == "GBR|-")
    // Negative: no role, no actor.
    #expect(resolved("a demand") == "nothing")
    #expect(resolved("puppies") == "nothing")
  }

  // MARK: Names and spellings

  @Test func diacriticsDoNotMatter() {
    #expect(resolved("Recep Tayyip Erdogan") == resolved("Recep Tayyip Erdoğan"))
    #expect(resolved("Recep Tayyip Erdogan") == "TUR|GOV")
  }

  @Test func acronymsInTitleCase() {
    #expect(actors("Nato warned Moscow.").first == "NATO|-|IGO")
    // Negative: short acronyms stay case-sensitive ("Who" is not the WHO).
    #expect(actors("Who warned Moscow?").first?.hasPrefix("World Health") != true)
  }

  // MARK: Organisations

  @Test func organisationOfficialsAreTheOrganisation() {
    #expect(actors("NATO officials met.") == ["NATO|-|IGO"])
  }
}

/// An unnamed official speaks for the state; an unnamed office holder is the office.
@Suite struct UnnamedOfficialTests {
  @Test func anUnnamedOfficialIsTheState() {
    let found = dyads("A Kremlin official reached out to Olaf Scholz on Sunday.", date: "2024-06-10")
    #expect(found.contains { $0.hasPrefix("russia>olaf-scholz CONSULT") })
  }

  @Test func anUnnamedOfficeHolderStaysTheOffice() {
    #expect(dyads("The Armenian prime minister met Olaf Scholz.", date: "1990-06-10").contains { $0.contains("armenian-prime-minister") || $0.contains("armenia-prime-minister") })
  }
}

/// An envoy's full title: rank, the state sending them and the state they serve in.
@Suite struct EnvoyTitleTests {
  @Test func anAmbassadorsFullTitleStaysOnePhrase() {
    let found = dyads(
      "Roman Mashovets and Ambassador Extraordinary and Plenipotentiary of the United Kingdom to Ukraine Melinda Simmons discussed a number of issues.",
      date: "2021-10-28")
    #expect(found.count == 1)
    #expect(found.first?.contains("melinda-simmons") == true && found.first?.contains("roman-mashovets") == true)
  }
}
