import ParleyExtract
import Testing

@testable import ParleyGraph

/// Canonical identity across articles: spelling variants, initials and titles
/// merge; different people with one surname stay apart.
@Suite struct ActorDirectoryIdentityTests {
  func id(_ directory: inout ActorDirectory, _ name: String) -> String {
    directory.register(person(name))
  }

  @Test func transliterationAndDiacriticVariantsMerge() {
    var d = ActorDirectory()
    let a = id(&d, "Sergey Lavrov")
    #expect(id(&d, "Sergei Lavrov") == a)
    let z = id(&d, "Volodymyr Zelensky")
    #expect(id(&d, "Volodymyr Zelenskyy") == z)
    let e = id(&d, "Recep Tayyip Erdoğan")
    #expect(id(&d, "Recep Tayyip Erdogan") == e)
    #expect(d.actor(a)?.aliases.contains("Sergei Lavrov") == true)
  }

  @Test func initialsAndTitlesMerge() {
    var d = ActorDirectory()
    let bush = id(&d, "George W. Bush")
    #expect(id(&d, "G. W. Bush") == bush)
    #expect(id(&d, "President George Bush") == bush)
  }

  @Test func differentPeopleWithOneSurnameStayApart() {
    var d = ActorDirectory()
    let joe = id(&d, "Joe Biden")
    #expect(id(&d, "Hunter Biden") != joe)
    // An initial shared by two known people is ambiguous.
    let j = id(&d, "Jill Biden")
    #expect(j != joe)
    #expect(id(&d, "J. Biden") != joe)
  }
}
