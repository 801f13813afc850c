/// Word splitting and comparison keys shared by the noise rules.
enum TextKeys {
  /// Lower-cased runs of letters and digits ("Don't" → "don", "t").
  static func words(_ text: some StringProtocol) -> [String] {
    var result: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// A key that ignores case, whitespace and punctuation: the words joined by one space.
  static func comparisonKey(_ text: some StringProtocol) -> String {
    words(text).joined(separator: " ")
  }

  /// The number of space-separated tokens.
  static func tokenCount(_ text: some StringProtocol) -> Int {
    text.split(separator: " ").count
  }
}
