import Testing

@testable import ParleyExtract

@Suite struct TokenizerTests {
  @Test func keepsAbbreviationsAndSplitsPossessives() {
    let tokens = Tokenizer().tokens(in: "The U.S. envoy met Pakistan's minister, didn't he?")
    #expect(tokens.map(\.text) == ["The", "U.S.", "envoy", "met", "Pakistan", "'s", "minister", ",", "did", "n't", "he", "?"])
  }

  @Test func splitsHyphenatedCountryPairs() {
    let tokens = Tokenizer().tokens(in: "U.S.-Russia ties and the Lavrov–Rubio call")
    #expect(tokens.map(\.text) == ["U.S.", "-", "Russia", "ties", "and", "the", "Lavrov", "–", "Rubio", "call"])
  }

  @Test func offsetsAreUnicodeScalars() {
    let tokens = Tokenizer().tokens(in: "Erdoğan met Fidan")
    #expect(tokens[1].start == 8)
    #expect(tokens[0].end == 7)
  }

  @Test func sentencesRespectTitlesAndInitials() {
    let text = "Gen. Smith met U.S. Secretary of State Marco Rubio on Monday. He left at 3 p.m. Then J. Doe spoke. \"We agree,\" she said."
    let sentences = SentenceSplitter().sentences(in: text)
    #expect(sentences == [
      "Gen. Smith met U.S. Secretary of State Marco Rubio on Monday.", "He left at 3 p.m.",
      "Then J. Doe spoke.", "\"We agree,\" she said.",
    ])
  }
}
