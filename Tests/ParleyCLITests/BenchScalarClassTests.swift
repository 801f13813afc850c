import Testing

@testable import ParleyExtract

/// The ASCII fast paths the benchmark work added to the tokenizer agree with
/// the Unicode property tables they replace.
@Suite struct BenchScalarClassTests {
  @Test func agreesWithUnicodePropertiesForEveryScalar() {
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x2_FFFF {
      guard let s = Unicode.Scalar(value) else { continue }
      let p = s.properties
      let wordScalar = p.isAlphabetic || ("0"..."9").contains(s) || p.generalCategory == .nonspacingMark
      if ScalarClass.isWhitespace(s) != p.isWhitespace || ScalarClass.isLetter(s) != p.isAlphabetic
        || ScalarClass.isUppercase(s) != p.isUppercase
        || ScalarClass.isDigit(s) != ("0"..."9").contains(s)
        || ScalarClass.isWordScalar(s) != wordScalar
      {
        mismatches.append(value)
      }
    }
    #expect(mismatches.isEmpty)
  }

  @Test func foldAgreesWithLowercasingForAsciiAndOtherText() {
    func slowFold(_ text: String) -> String {
      String(
        String.UnicodeScalarView(
          text.lowercased().unicodeScalars.map { ["\u{2019}", "\u{2018}", "`"].contains($0) ? "'" : $0 }))
    }
    for text in [
      "Putin", "U.S.", "don`t", "Kremlin's", "NATO", "already lower", "A Very Long Headline Token",
      "Zelensky’s", "İstanbul", "ÉLYSÉE", "", "1,000", "`", "MiXeD-CaSe_123",
    ] {
      #expect(Token.fold(text) == slowFold(text), "\(text)")
    }
  }

  @Test func tokenStringsKeepNonAsciiScalars() {
    let scalars = Array("Zelensky’s café".unicodeScalars)
    #expect(Tokenizer.string(scalars[0..<8]) == "Zelensky")
    #expect(Tokenizer.string(scalars[8...]) == "’s café")
  }
}
