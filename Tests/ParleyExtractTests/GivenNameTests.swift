import Testing

@testable import ParleyExtract

/// Unknown names that start with a given name are people's names, kept whole: their surname
/// alone must not name someone else the dictionary knows by that surname.
@Suite struct GivenNameTests {
  @Test func anUnknownFullNameIsNotCutToAKnownSurname() {
    // The dictionary knows a Cindy McCain; Walter McCain is someone else.
    let found = dyads("Walter McCain met Olaf Scholz in Berlin on Friday.")
    #expect(found.count == 1)
    #expect(found.first?.contains("walter-mccain") == true)
    #expect(found.first?.contains("cindy") == false)
  }

  @Test func aCoordinatedSubjectOfUnknownPeopleActs() {
    #expect(dyads("Roman Kowalczyk and Olaf Scholz discussed trade on Friday.").first?.hasPrefix("olaf-scholz=roman-kowalczyk CONSULT") == true)
    #expect(dyads("Roman Kowalczyk and Melinda Oakes met on Friday.").first?.hasPrefix("melinda-oakes=roman-kowalczyk CONSULT") == true)
  }

  @Test func theSurnameLaterNamesThePersonJustNamed() {
    let found = dyads("Walter McCain arrived in Berlin on Thursday.", "On Friday McCain met Olaf Scholz.")
    #expect(found.contains { $0.contains("walter-mccain") && $0.contains("olaf-scholz") })
  }

  @Test func aFirstNameSpeltOtherwiseIsTheSamePerson() {
    // The dictionary spells it Olaf; a variant that begins alike is still him.
    #expect(dyads("Olav Scholz met Walter McCain on Friday.").first?.contains("olaf-scholz") == true)
  }

  @Test func thingsNamedAfterPeopleAreNotPeople() {
    #expect(dyads("Roman Catholic Church leaders met Olaf Scholz on Friday.").allSatisfy { !$0.contains("roman-catholic") })
  }
}

/// "North Korean leader Kim Jong Un": a country before a generic title makes it a title.
@Suite struct PrefixedGenericTitleTests {
  @Test func aDemonymBeforeAGenericTitleNamesThePerson() {
    let found = dyads("Donald Trump and North Korean leader Kim Jong Un held a summit on Tuesday.", date: "2018-06-13")
    #expect(found == ["donald-trump=kim-jong-un CONSULT occurred 2018-06-12"])
  }
}
