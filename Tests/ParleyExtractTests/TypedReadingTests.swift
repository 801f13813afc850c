import ParleyIngest
import Testing

@testable import ParleyExtract

/// Readings that decide an event's type from the words around its trigger.
@Suite struct DismissalTests {
  @Test func beingFiredFromAnOfficeIsNoGunfire() {
    let found = dyads("Agent Walter Okonkwo was fired from the FBI on Friday.")
    #expect(!found.isEmpty && found.allSatisfy { $0.contains(" SANCTION ") })
  }

  @Test func firingAtSomeoneStaysAnAssault() {
    #expect(dyads("Israeli troops fired rockets at Hamas positions.").allSatisfy { $0.contains(" ASSAULT ") })
    #expect(dyads("Russian forces fired on Ukrainian positions.").contains { $0.contains(" ASSAULT ") })
  }
}

/// "the president" of a report is the president it names most.
@Suite struct SalientTitleTests {
  @Test func thePresidentIsTheMostNamedPresident() {
    let found = dyads(
      "President Emmanuel Macron arrived in Ottawa.", "Macron spoke about trade.", "Macron thanked his hosts.",
      "Earlier, Macron met French-speaking students.",
      "He later met Ukrainian President Volodymyr Zelenskyy.",
      "The president also met on Friday with Canadian Prime Minister Mark Carney.")
    #expect(found.contains { $0.hasPrefix("emmanuel-macron=mark-carney CONSULT") })
  }

  @Test func aDictionaryPresidentNamedWithoutTitleIsStillThePresident() {
    // The dictionary says Macron held the office that day; the text never calls him president.
    let found = dyads(
      "Emmanuel Macron arrived in Ottawa.", "Macron spoke about trade.", "Macron thanked his hosts.",
      "Macron later met Ukrainian President Volodymyr Zelenskyy.",
      "The president also met on Friday with Canadian Prime Minister Mark Carney.", date: "2025-06-13")
    #expect(found.contains { $0.hasPrefix("emmanuel-macron=mark-carney CONSULT") })
  }

  @Test func theTitleOutlivesTheRecentList() {
    var names = ["President Emmanuel Macron arrived in Ottawa.", "Macron spoke about trade.", "Macron thanked his hosts."]
    for n in ["Olaf Scholz", "Donald Tusk", "Giorgia Meloni", "Pedro Sanchez", "Mark Rutte", "Ursula von der Leyen", "Keir Starmer", "Antonio Costa", "Kaja Kallas", "Friedrich Merz", "Mette Frederiksen", "Ulf Kristersson", "Petteri Orpo"] {
      names.append("\(n) spoke about trade.")
    }
    names.append("Macron thanked Ukrainian President Volodymyr Zelenskyy.")
    names.append("The president also met on Friday with Canadian Prime Minister Mark Carney.")
    let a = Article(path: "t.txt", date: CivilDate(iso: "2025-06-13"), dateSource: .header, paragraphs: names)
    let pairs = Extractor().mentions(in: a).map { Set([$0.source.id, $0.target.id]) }
    #expect(pairs.contains(["emmanuel-macron", "mark-carney"]))
  }
}

/// Informing someone and writing to them are contacts between the two.
@Suite struct ContactTests {
  @Test func informingAndBriefingAreContacts() {
    #expect(dyads("Emmanuel Macron briefed Olaf Scholz about the talks.").first?.hasPrefix("emmanuel-macron>olaf-scholz CONSULT") == true)
    #expect(dyads("Emmanuel Macron informed Olaf Scholz of his decision.").first?.hasPrefix("emmanuel-macron>olaf-scholz CONSULT") == true)
  }

  @Test func aLetterToSomeoneIsAContact() {
    #expect(dyads("Emmanuel Macron sent a letter to Olaf Scholz on Monday.").first?.hasPrefix("emmanuel-macron>olaf-scholz CONSULT") == true)
    #expect(dyads("Emmanuel Macron wrote an open letter to Olaf Scholz.").first?.hasPrefix("emmanuel-macron>olaf-scholz CONSULT") == true)
  }
}

/// Who dismissed whom.
@Suite struct DismissalSidesTests {
  @Test func aNameAfterFiredIsTheOneDismissed() {
    #expect(dyads("Mohammed Morsi fired Ahmed Gamal on Thursday.", date: "2012-11-23") == ["mohamed-morsi>ahmed-gamal SANCTION occurred 2012-11-22"])
  }

  @Test func theBodyOneIsFiredFromDismissedThem() {
    let found = dyads("Agent Walter Okonkwo was fired from the FBI on Friday.")
    #expect(found.count == 1 && found[0].hasPrefix("fbi>walter-okonkwo SANCTION"))
  }
}
