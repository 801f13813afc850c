/// Datelines at the start of a story: "MOSCOW, April 28 (Reuters) - ",
/// "KYIV, Ukraine (AP) — ", "WASHINGTON — ", "(CNN)".
struct Dateline: Equatable {
  /// The place, title-cased ("Moscow", "Kyiv, Ukraine"); nil for a bare agency tag.
  var place: String?
  var month: Int?
  var day: Int?
  /// The news agency tag ("Reuters", "MENAFN"), when present.
  var agency: String? = nil
  /// The paragraph without the dateline.
  var remainder: String

  /// Capitalised labels that start captions and notes, not datelines ("FILE - In this photo").
  private static let notPlaces: Set<String> = [
    "FILE", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION",
    "CORRECTION", "VIDEO", "PHOTOS", "PHOTO", "LIVE", "READ", "RELATED", "NOTE", "EDITOR'S",
  ]

  private static let dashes: Set<String> = ["-", "—", "–", "--", "―", "−"]

  /// Parses a dateline at the start of `paragraph`, or returns nil.
  static func parse(_ paragraph: String) -> Dateline? {
    var rest = Substring(paragraph)
    var placeWords: [Substring] = []
    // PLACE: one to four all-capital words.
    while placeWords.count < 4, let word = leadingWord(rest), isCapitalWord(word) {
      placeWords.append(word)
      rest = rest.dropFirst(word.count)
      guard rest.hasPrefix(" "), let next = leadingWord(rest.dropFirst()), isCapitalWord(next) else { break }
      rest = rest.dropFirst()
    }
    if !placeWords.isEmpty && placeWords.joined().filter(\.isLetter).count < 2 { return nil }
    if placeWords.count == 1, notPlaces.contains(String(placeWords[0])) { return nil }
    var place = placeWords.isEmpty ? nil : placeWords.map(titleCased).joined(separator: " ")
    var month: Int?
    var day: Int?
    var region: [Substring] = []
    if place != nil {
      // ", Region" and/or ", Month Day" (or " Month Day")
      while true {
        let hasComma = rest.hasPrefix(", ")
        guard hasComma || rest.hasPrefix(" ") else { break }
        let after = rest.dropFirst(hasComma ? 2 : 1)
        if month == nil, let (m, d, length) = monthDay(after) {
          month = m
          day = d
          rest = after.dropFirst(length)
        } else if hasComma, region.isEmpty, let r = regionWords(after) {
          region = r
          rest = after[r[r.count - 1].endIndex...]
        } else {
          break
        }
      }
    }
    // "(Reuters)", "(AP)"
    var agency: Substring?
    let afterSpace = place != nil && rest.hasPrefix(" (") ? rest.dropFirst() : rest
    if afterSpace.hasPrefix("("), let close = afterSpace.firstIndex(of: ")") {
      let inside = afterSpace[afterSpace.index(after: afterSpace.startIndex)..<close]
      if isAgency(inside) {
        agency = inside
        rest = afterSpace[afterSpace.index(after: close)...]
      }
    }
    // A dash separates the dateline from the text (optional after an agency tag).
    let trimmed = rest.drop(while: { $0 == " " })
    if let token = trimmed.split(separator: " ", maxSplits: 1).first, dashes.contains(String(token)) {
      rest = trimmed.dropFirst(token.count).drop(while: { $0 == " " })
    } else {
      guard agency != nil else { return nil }
      rest = trimmed
    }
    guard place != nil || agency != nil, let first = rest.first,
      first.isUppercase || first.isNumber || "\"“‘'(".contains(first)
    else { return nil }
    if !region.isEmpty, let p = place { place = p + ", " + region.joined(separator: " ") }
    return Dateline(place: place, month: month, day: day, agency: agency.map(String.init), remainder: String(rest))
  }

  private static func leadingWord(_ text: Substring) -> Substring? {
    let word = text.prefix(while: { $0 != " " && $0 != "(" && $0 != "," })
    return word.isEmpty ? nil : word
  }

  /// "MOSCOW", "ST.", "U.N.", "PORT-AU-PRINCE", "KYIV,".
  private static func isCapitalWord(_ word: Substring) -> Bool {
    guard let first = word.first, first.isLetter, word.count >= 2 else { return false }
    return word.allSatisfy { ($0.isLetter && $0.isUppercase) || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
  }

  private static func titleCased(_ word: Substring) -> String {
    if word.filter({ $0 == "." }).count >= 2 { return String(word) }  // "U.N.", "D.C."
    return word.split(separator: "-", omittingEmptySubsequences: false).map {
      $0.prefix(1).uppercased() + $0.dropFirst().lowercased()
    }.joined(separator: "-")
  }

  /// Up to three capitalised words ending before "(", a dash or ",": "Ukraine", "D.C.", "New Mexico".
  private static func regionWords(_ text: Substring) -> [Substring]? {
    var words: [Substring] = []
    var rest = text
    while words.count < 3, let word = leadingWord(rest) {
      guard let f = word.first, f.isUppercase, DateParsing.monthNames[word.lowercased()] == nil
      else { return nil }
      words.append(word)
      rest = rest.dropFirst(word.count)
      if rest.hasPrefix(",") || rest.hasPrefix(" (") { return words }
      guard rest.hasPrefix(" ") else { return nil }
      let next = rest.dropFirst().prefix(while: { $0 != " " })
      if dashes.contains(String(next)) { return words }
      rest = rest.dropFirst()
    }
    return nil
  }

  /// "April 28", "Apr. 28" at the start of `text`: (month, day, characters consumed).
  private static func monthDay(_ text: Substring) -> (Int, Int, Int)? {
    let parts = text.split(separator: " ", maxSplits: 2)
    guard parts.count >= 2 else { return nil }
    let name = parts[0].hasSuffix(".") ? parts[0].dropLast() : parts[0]
    guard let m = DateParsing.monthNames[name.lowercased()] else { return nil }
    let digits = parts[1].prefix(while: \.isNumber)
    guard let d = Int(digits), (1...31).contains(d) else { return nil }
    return (m, d, parts[0].count + 1 + digits.count)
  }

  /// "Reuters", "AP", "AFP", "CNN", "MENAFN", "Bloomberg", "The Hill".
  private static func isAgency(_ inside: Substring) -> Bool {
    let words = inside.split(separator: " ")
    guard (1...3).contains(words.count), inside.count <= 30 else { return false }
    return words.allSatisfy { word in
      guard let f = word.first, f.isUppercase else { return false }
      return word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "&" }
    }
  }
}
