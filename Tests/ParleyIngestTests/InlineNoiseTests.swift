import Testing

@testable import ParleyIngest

@Suite("Noise inside paragraphs")
struct InlineNoiseTests {
  @Test(
    "a hover card after a name goes, the name and the sentence stay",
    arguments: [
      (
        "The harshest words came from Sen. Jane Doe Jane Marie DoeSenate passes farm bill Five takeaways from the hearing MORE (D-Ore.), who called the deal a mistake.",
        "The harshest words came from Sen. Jane Doe (D-Ore.), who called the deal a mistake."
      ),
      (
        "Gov. Tom Ashby Thomas (Tom) Lee Ashby2024 hopefuls court farmers Budget talks stall again MORE said he would sign it.",
        "Gov. Tom Ashby said he would sign it."
      ),
      (
        "Speaker Carl Brandt Carl Otto Brandt Voters say 'enough' to new levy Mayor quits after audit MORE (R-Ind.) warned the governor.",
        "Speaker Carl Brandt (R-Ind.) warned the governor."
      ),
      (
        "Both Ann Cole Ann Ruth ColeHouse clears spending bill MORE and Ben Frost Benjamin Frost Budget fight looms MORE objected.",
        "Both Ann Cole and Ben Frost objected."
      ),
    ])
  func hoverCards(_ input: String, _ expected: String) {
    #expect(InlineNoise.clean(input) == expected)
  }

  @Test(
    "text that only looks like a card is kept",
    arguments: [
      "Voters want MORE from Congress, said Ann Cole.",
      "Ann Cole met Ben Frost; Frost said the city needs MORE housing.",
      "THE PEOPLE DEMAND MORE",
    ])
  func notCards(_ input: String) {
    #expect(InlineNoise.clean(input) == input)
  }

  @Test("share buttons and the photo credit around a caption go")
  func caption() {
    #expect(
      InlineNoise.clean("Facebook Twitter Pinterest The mayor greets the visiting minister. Photograph: A. Person/Agency")
        == "The mayor greets the visiting minister.")
    #expect(
      InlineNoise.clean("Facebook Twitter Pinterest The two ministers after the talks Photograph: A. Person/Agency")
        == "The two ministers after the talks.")
    // One network name is a word of the sentence, not a share bar.
    #expect(InlineNoise.clean("Twitter suspended the account. Photo: none") == "Twitter suspended the account. Photo: none")
  }

  @Test("an article's paragraphs are cleaned as they are read")
  func throughIngest() {
    let text = " date 2024-03-04 PUBLISHED\nCouncil votes\n\nSen. Jane Doe Jane Marie DoeSenate passes farm bill MORE (D-Ore.) criticised the governor.\n"
    let (articles, _) = Ingestor().read(bytes: Array(text.utf8), path: "a.txt", kind: .seedOrPlain)
    #expect(articles.first?.paragraphs.contains("Sen. Jane Doe (D-Ore.) criticised the governor.") == true)
  }
}

@Suite("Galleries and video cards")
struct GalleryAndVideoCardTests {
  @Test(
    "gallery captions and video cards are noise",
    arguments: [
      "Photos: Harbour fire Photos: Harbour fire Smoke over the docks on Monday. Hide Caption 1 of 4 Photos: Harbour fire Crews at work.",
      "Hide Caption 4 of 4",
      "JUST WATCHED Mayor speaks on fire Replay More Videos ... MUST WATCH Mayor speaks on fire 01:12",
      "MUST WATCH Mayor speaks on fire 01:12",
    ])
  func noise(_ line: String) {
    #expect(Boilerplate.isNoise(line))
  }

  @Test(
    "sentences that merely start alike are kept",
    arguments: [
      "Photos of the ministry were released, a spokesman said.",
      "Just watched by millions, the debate turned on trade.",
      "MUST WATCH: the minister resigned on live television at 10:30",
    ])
  func kept(_ line: String) {
    #expect(!Boilerplate.isNoise(line))
  }
}
