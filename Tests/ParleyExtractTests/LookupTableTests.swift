import ParleyIngest
import Testing

@testable import ParleyExtract

/// The tables and shortcuts the speed work added give the answers of the code they replace.
@Suite struct LookupTableTests {
  @Test func spanCoveredByAgreesWithTheListedDays() {
    for value in ["2024", "2025", "2024-02", "2025-02", "2025-12", "2025-W01", "2026-W53", "2020-W10",
      "2025-04-27", "2025-02-30", "2025-13", "25-04", "next week", "", "2025-Wx"]
    {
      let days = TimeValueFormat.days(coveredBy: value)
      let span = TimeValueFormat.span(coveredBy: value)
      #expect(span?.count == (days.isEmpty ? nil : days.count), "\(value)")
      #expect(span?.first == days.first, "\(value)")
      if let span, let last = days.last {
        #expect(span.first.adding(days: span.count - 1) == last, "\(value)")
      }
    }
  }

  @Test func officeTitleWordsMatchEachOfficeTitle() {
    let gazetteer = Gazetteer.shared
    #expect(gazetteer.officeTitleWords.count == gazetteer.people.count)
    for (i, person) in gazetteer.people.enumerated() {
      #expect(gazetteer.officeTitleWords[i].count == person.offices.count)
      for (k, office) in person.offices.enumerated() {
        let words = Set(office.title.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init))
        #expect(gazetteer.officeTitleWords[i][k] == words)
      }
    }
  }

  @Test func mayStartActorAgreesWithBothSetsForAsciiAndOtherWords() {
    let recognizer = ActorRecognizer()
    let gazetteer = Gazetteer.shared
    let words = ["the", "minister", "rebels", "said", "quickly", "united", "hamas", "ethnic", "über", "ça", "ān", "x’s", "erdoğan"]
    for word in words {
      let token = Token(text: word, start: 0, end: word.unicodeScalars.count)
      let expected =
        ActorRecognizer.lowercaseStarts.contains(token.lower)
        || gazetteer.firstTokens.contains(Gazetteer.fold(token.lower))
      #expect(recognizer.mayStartActor(token) == expected, "\(word)")
    }
    for word in ActorRecognizer.lowercaseStarts.prefix(200) {
      #expect(recognizer.mayStartActor(Token(text: word, start: 0, end: word.unicodeScalars.count)))
    }
  }

  @Test func tokenStringsOfAnyScalarsAreTheScalarsThemselves() {
    for text in ["plain ASCII", "Erdoğan’s “visit”", "Ñandú – 東京 🇺🇦 naïve", "a\u{0301}b", "𝔘𝔫𝔦", ""] {
      let scalars = Array(text.unicodeScalars)
      #expect(Tokenizer.string(scalars[...]) == text)
      if scalars.count > 2 {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[1..<(scalars.count - 1)])
        #expect(Tokenizer.string(scalars[1..<(scalars.count - 1)]) == String(view))
      }
    }
  }

  @Test func ordinalsAreFoundWithTheAsciiShortcut() {
    #expect(ActorLexicon.isOrdinal("18th"))
    #expect(ActorLexicon.isOrdinal("1st"))
    #expect(!ActorLexicon.isOrdinal("first"))
    #expect(!ActorLexicon.isOrdinal("18"))
    #expect(!ActorLexicon.isOrdinal("ésth"))
    #expect(!ActorLexicon.isOrdinal(""))
  }
}
