/// Scraper noise inside a paragraph, as opposed to whole noise lines (`Boilerplate`):
/// share buttons glued to the front of a photo caption, the caption's photo credit, and
/// the hover cards some outlets put after a politician's name ("Sen. Jane Doe Jane Mary
/// DoeSenate passes bill … MORE (D-Ore.) said"). Each is cut only when its whole shape is
/// there; anything else is left as written.
enum InlineNoise {
  /// The paragraph without the noise it holds.
  static func clean(_ paragraph: String) -> String {
    var text = paragraph
    if text.utf8.contains(0x4D) {  // "M" of "MORE"
      text = removingHoverCards(text)
    }
    return removingCaptionFurniture(text)
  }

  // MARK: Photo captions

  /// "Facebook Twitter Pinterest Obama talks to … Photograph: A. Name/Agency": the share
  /// buttons before a caption and the credit after it go, the caption stays.
  static func removingCaptionFurniture(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false)
    var leading = 0
    while leading < words.count, leading < 8, shareButtons.contains(words[leading].lowercased()) { leading += 1 }
    guard leading >= 2, leading < words.count else { return text }
    words.removeFirst(leading)
    var caption = words.joined(separator: " ")
    if let credit = creditStart(in: caption) {
      caption = String(caption[..<credit]).trimmingCharacters(in: .whitespaces)
      if let last = caption.last, !".!?\"”’'".contains(last) { caption += "." }
    }
    return caption
  }

  /// The names of share buttons a caption may start with.
  static let shareButtons: Set<String> = [
    "facebook", "twitter", "pinterest", "whatsapp", "linkedin", "email", "reddit", "telegram",
    "messenger", "x", "share",
  ]

  /// Where a trailing "Photograph: …" or "Photo: …" credit starts, when it is short and
  /// ends the caption.
  static func creditStart(in caption: String) -> String.Index? {
    for marker in [" Photograph:", " Photograph by ", " Photo:", " Photo by ", " Photos:"] {
      guard let range = caption.range(of: marker, options: .backwards) else { continue }
      let rest = caption[range.upperBound...]
      if rest.count <= 90, rest.split(separator: " ").count <= 10 { return range.lowerBound }
    }
    return nil
  }

  // MARK: Hover cards

  /// Removes every hover card: from just after the name as shown up to the closing "MORE".
  /// The card repeats the person's full name (ending in the same surname as the name shown)
  /// and runs on into the headlines of related stories, often glued to the surname
  /// ("McCain2020 Democrats …", "TillisThis week: …").
  static func removingHoverCards(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var changed = false
    var searchFrom = 0
    while searchFrom < words.count, let more = words[searchFrom...].firstIndex(where: { isMoreMarker($0) }) {
      searchFrom = more + 1
      guard let cut = hoverCard(endingAt: more, words) else { continue }
      // "MORE)," keeps what follows the marker on the name it returns to.
      let tail = String(words[more].dropFirst(4))
      words.replaceSubrange(cut, with: [])
      words[cut.lowerBound - 1] += tail
      searchFrom = cut.lowerBound
      changed = true
    }
    return changed ? words.joined(separator: " ") : text
  }

  /// Whether a word closes a hover card: "MORE", possibly with punctuation or a possessive
  /// after it ("MORE’s refusal").
  static func isMoreMarker(_ word: String) -> Bool {
    guard word.hasPrefix("MORE") else { return false }
    let tail = word.dropFirst(4)
    return tail.isEmpty || ["'s", "’s"].contains(tail) || (tail.count <= 2 && tail.allSatisfy { ",.;:)".contains($0) })
  }

  /// The words of the card that ends at `more` (inclusive): from the word after the shown
  /// name's surname. Nil when no shown name and repeated full name are found close before.
  static func hoverCard(endingAt more: Int, _ words: [String]) -> Range<Int>? {
    let floor = max(0, more - 70)
    // The first repetition may be the first name ("Paul Ryan Paul Davis Ryan…"): the
    // surname's repetition comes a few words later and wins.
    var found: Range<Int>?
    var j = floor + 1
    while j < more, found.map({ j <= $0.lowerBound + 6 }) ?? true {
      if let (shown, glued) = repetition(at: j, after: max(floor, j - 6), words),
        ((shown + 1)..<j).allSatisfy({ isNamePart(words[$0]) })
      {
        found = (shown + 1)..<(more + 1)
        if glued { break }
      }
      j += 1
    }
    return found
  }

  /// The word in `from..<j` that word `j` repeats, nearest first: the same capitalised
  /// word, or its front glued to the first headline ("TillisThis week", "McConnellGOP",
  /// "McCain2020"), which `glued` reports.
  static func repetition(at j: Int, after from: Int, _ words: [String]) -> (shown: Int, glued: Bool)? {
    let word = words[j]
    guard word.first?.isUppercase == true, from < j else { return nil }
    for shown in stride(from: j - 1, through: from, by: -1) {
      let name = stripped(words[shown])
      guard name.count >= 3, name.first?.isUppercase == true, shown + 1 < j else { continue }
      if stripped(word) == name { return (shown, false) }
      if word.hasPrefix(name), let next = word.dropFirst(name.count).first, next.isUppercase || next.isNumber {
        return (shown, true)
      }
    }
    return nil
  }

  /// A word with trailing punctuation removed.
  static func stripped(_ word: String) -> String {
    String(word.reversed().drop(while: { !$0.isLetter }).reversed())
  }

  /// Whether a word can begin a repeated full name: a capitalised word or a "(Nickname)".
  static func isNamePart(_ word: String) -> Bool {
    guard let first = word.first else { return false }
    return (first.isUppercase && !word.contains(":")) || (first == "(" && word.dropFirst().first?.isUppercase == true)
  }
}
