import Testing

@testable import ParleyExtract

@Suite struct NamingTests {
  @Test func slugsAreLowercaseASCIIWithDashes() {
    #expect(ActorNaming.slug("Sergey Lavrov") == "sergey-lavrov")
    #expect(ActorNaming.slug("O'Brien of the U.S. Army") == "obrien-of-the-us-army")
    #expect(ActorNaming.slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan")
    #expect(ActorNaming.slug("  --  ") == "actor")
  }

  @Test func matchKeysUnifyTransliterations() {
    #expect(ActorNaming.matchKey("Sergei") == ActorNaming.matchKey("Sergey"))
    #expect(ActorNaming.matchKey("Zelenskyy") == ActorNaming.matchKey("Zelensky"))
    #expect(ActorNaming.matchKey("Khamenei") == "hameney")
  }
}
