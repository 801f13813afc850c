import ParleyIngest
import Testing

@testable import ParleyExtract

/// "I" in the text of an address is the speaker its headline names; lists of partners keep
/// every partner; a title the article has not used refers to no one.
@Suite struct SpeakerTests {
  func mentions(headline: String?, _ paragraphs: String..., date: String = "2023-05-10") -> [String] {
    let a = Article(path: "a.txt", title: headline, date: CivilDate(iso: date), dateSource: .header, paragraphs: paragraphs)
    return Extractor().mentions(in: a).map { "\($0.source.id)\($0.reciprocal ? "=" : ">")\($0.target.id) \($0.type.rawValue)" }
  }

  @Test func iIsTheSpeakerTheHeadlineNames() {
    let found = mentions(headline: "Evening address by President Emmanuel Macron", "Today I spoke with Olaf Scholz about the grain corridor.")
    #expect(found == ["emmanuel-macron=olaf-scholz CONSULT"])
  }

  @Test func aSpeakerNamedByOfficeIsTheOfficeHolder() {
    let found = mentions(headline: "Address by the President of France to the nation", "I spoke with Olaf Scholz this morning.")
    #expect(found == ["emmanuel-macron=olaf-scholz CONSULT"])
  }

  @Test func withoutASpeakerIIsNoOne() {
    #expect(mentions(headline: "Talks on grain", "I spoke with Olaf Scholz this morning.").isEmpty)
    #expect(mentions(headline: "Joint statement by the leaders of France and Germany", "I spoke with Olaf Scholz.").isEmpty)
  }

  @Test func aListOfTitledPartnersKeepsEveryPartner() {
    let found = mentions(headline: nil, "Emmanuel Macron spoke with the Chancellor of Germany, Mr. Scholz, Prime Minister of Italy Meloni and Prime Minister of Spain Sanchez.")
    #expect(found.contains("emmanuel-macron=olaf-scholz CONSULT"))
    #expect(found.contains { $0.contains("giorgia-meloni") })
    #expect(found.contains { $0.contains("pedro-sanchez") })
    // "Mr. Scholz" is the chancellor just named, not a second person.
    #expect(!found.contains { $0.contains(">scholz") || $0.contains("=scholz") })
  }

  @Test func anUnknownTitleRefersToNoOneNamedBefore() {
    let found = mentions(headline: nil, "Emmanuel Macron thanked Olaf Scholz.", "Macron also talked with the WHO Director General.")
    #expect(!found.contains { $0.hasPrefix("emmanuel-macron=olaf-scholz CONSULT") })
  }
}

/// "the president" finds the person last titled so, even after their bare surname.
@Suite struct TitledReferenceTests {
  @Test func aBareSurnameKeepsTheTitleGivenBefore() {
    let found = dyads(
      "President Emmanuel Macron arrived in Berlin.", "Macron was tired.",
      "The president also met on Friday with Chancellor Olaf Scholz.")
    #expect(found.contains("emmanuel-macron=olaf-scholz CONSULT occurred 2025-04-25"))
  }
}
