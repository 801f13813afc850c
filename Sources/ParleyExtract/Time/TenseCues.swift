/// The direction in time implied by the clause around an expression.
enum TimeTense: Sendable {
  /// Past-tense verbs or markers ("said", "met", "ago").
  case past
  /// Future markers ("will", "is due to", "next").
  case future
  /// No cue in the sentence.
  case none
}

/// Finds the tense of the sentence around a token span from the nearest tense cue.
enum TenseCues {
  static let futureWords: Set<String> = [
    "will", "ll", "shall", "upcoming", "tomorrow", "scheduled", "expected", "plans", "planning",
    "intends", "due", "forthcoming", "coming", "next", "later", "soon", "hopes", "aims",
    "promised", "vowed", "threatened", "await", "awaiting", "ahead",
  ]

  /// Reporting verbs say when the news was told, not when the event happens: not cues.
  static let reportingWords: Set<String> = [
    "said", "says", "say", "told", "tells", "announced", "added", "noted", "stated", "reported",
    "explained", "declared", "insisted", "argued", "claimed", "according", "confirmed",
  ]

  static let pastWords: Set<String> = [ "was", "were", "had", "did", "ago", "yesterday", "last", "met", "held",
    "went", "came", "made", "took", "gave", "left", "found", "began", "won", "lost", "saw",
    "spoke", "sent", "fell", "rose", "struck", "hit", "got", "put", "set", "ran", "led", "brought",
    "bought", "sold", "paid", "thought", "felt", "kept", "knew", "meant", "became", "wrote",
    "spent", "broke", "chose", "drove", "flew", "fled", "fought", "forgot", "grew", "heard",
    "hid", "laid", "lay", "rode", "said", "shot", "shut", "sought", "stood", "stole", "swore",
    "taught", "threw", "understood", "woke", "wore", "withdrew", "overtook", "earlier",
    "previously", "recently", "already", "died", "arrived", "announced",
  ]

  /// "-ed" words that are not past-tense verbs, or that point to the future.
  static let notPastEd: Set<String> = [
    "need", "speed", "red", "bed", "indeed", "hundred", "feed", "seed", "based", "united",
    "limited", "related", "interested", "concerned", "embed", "shed", "wed", "weed", "breed",
    "creed", "greed", "sled", "bleed", "proceed", "succeed", "exceed", "steed", "deed", "reed",
    "ahmed", "mohammed", "muhammed", "mohamed", "sacred", "naked", "wicked",
    "aged", "alleged", "armed", "advanced", "detailed", "supposed", "skilled",
  ]

  static let passiveAuxiliaries: Set<String> = [
    "be", "been", "being", "is", "are", "am", "get", "gets",
  ]

  /// The tense of the sentence around tokens `first...last`.
  static func tense(around first: Int, _ last: Int, in tokens: [TimeToken]) -> TimeTense {
    var left = first - 1
    var right = last + 1
    var leftOpen = !startsSentence(first, tokens)
    var rightOpen = true
    var step = 0
    while (leftOpen || rightOpen) && step < 40 {
      step += 1
      if leftOpen {
        if left < 0 {
          leftOpen = false
        } else {
          if let cue = cue(at: left, tokens, distance: first - left) { return cue }
          if startsSentence(left, tokens) { leftOpen = false }
          left -= 1
        }
      }
      // The right side is searched one step behind: a cue before the expression wins ties.
      if rightOpen && step > 1 {
        if right >= tokens.count || endsSentence(right, tokens) {
          rightOpen = false
        } else {
          if let cue = cue(at: right, tokens, distance: right - last) { return cue }
          right += 1
        }
      }
    }
    return .none
  }

  /// The tense signalled by token `i` alone, if any, `distance` tokens from the expression.
  static func cue(at i: Int, _ tokens: [TimeToken], distance: Int) -> TimeTense? {
    let token = tokens[i]
    guard token.kind == .word else { return nil }
    let w = token.lower
    // "said Friday" is past, but a distant "said" only dates the report.
    if reportingWords.contains(w) { return distance <= 2 ? .past : nil }
    // "were planning": the participle decides.
    if ["was", "were", "is", "are"].contains(w), i + 1 < tokens.count,
      tokens[i + 1].lower.hasSuffix("ing")
    {
      return nil
    }
    if w == "won", i + 2 < tokens.count, tokens[i + 1].text == "'", tokens[i + 2].lower == "t" {
      return .future
    }
    if w == "going", i + 1 < tokens.count, tokens[i + 1].lower == "to" { return .future }
    if futureWords.contains(w) {
      // "due" only as "due to".
      if w == "due", i + 1 < tokens.count, tokens[i + 1].lower != "to" { return nil }
      return .future
    }
    if isInfinitive(i, tokens) {
      // "agreed to sell" keeps the past of its governing verb; "plans to meet" is future.
      let governor = tokens[i - 2].lower
      if !futureWords.contains(governor),
        pastWords.contains(governor) || (governor.hasSuffix("ed") && !notPastEd.contains(governor))
      {
        return .past
      }
      return .future
    }
    if pastWords.contains(w) { return isPassive(i, tokens) ? nil : .past }
    if w.count >= 5, w.hasSuffix("ed"), !notPastEd.contains(w) {
      return isPassive(i, tokens) ? nil : .past
    }
    return nil
  }

  /// Words after "to" that are not verbs ("to the", "to power").
  static let notVerbsAfterTo: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "them", "him", "me", "us", "it", "which", "whom", "what", "some", "all",
    "power", "office", "court", "school", "prison", "death", "date", "day", "be", "and", "or",
    "about", "more", "less", "around", "nearly", "almost", "just", "one", "two", "three",
    "anyone", "other", "another", "each", "every", "both", "many", "most", "several", "no",
    "over", "under", "within", "home", "work", "war", "jail", "life", "justice", "trial",
  ]
  /// Words before "to" that make it a preposition ("according to").
  static let prepositionalTo: Set<String> = [
    "according", "compared", "prior", "next", "close", "up", "thanks", "addition", "contrast",
    "response", "relation", "regard", "similar", "equal", "access", "return", "back", "went",
    "came", "come", "go", "goes", "from", "due", "owing", "visit", "trip", "travel", "traveled",
    "travelled", "flew", "moved", "sent", "returned", "led", "rose", "fell", "increased",
    "declined", "dropped", "jumped", "climbed", "slipped",
  ]

  /// Whether token `i` is a bare verb after an infinitive "to" ("plans to meet").
  private static func isInfinitive(_ i: Int, _ tokens: [TimeToken]) -> Bool {
    guard i >= 2, tokens[i - 1].lower == "to", tokens[i - 1].kind == .word,
      !tokens[i].isCapitalized, !notVerbsAfterTo.contains(tokens[i].lower),
      !prepositionalTo.contains(tokens[i - 2].lower)
    else { return false }
    let w = tokens[i].lower
    return !w.hasSuffix("ed") && !w.hasSuffix("ing") && !w.hasSuffix("ly") && w.count > 2
  }

  private static func isPassive(_ i: Int, _ tokens: [TimeToken]) -> Bool {
    guard i > 0, tokens[i - 1].kind == .word else { return false }
    return passiveAuxiliaries.contains(tokens[i - 1].lower)
  }

  /// Whether token `i` begins a sentence or paragraph.
  static func startsSentence(_ i: Int, _ tokens: [TimeToken]) -> Bool {
    if i == 0 || tokens[i].newlineBefore { return true }
    return endsSentence(i - 1, tokens)
  }

  /// Whether token `i` is sentence-final punctuation.
  static func endsSentence(_ i: Int, _ tokens: [TimeToken]) -> Bool {
    let t = tokens[i]
    guard t.kind == .symbol else { return false }
    switch t.text {
    case "?", "!", ";": return true
    case ".":
      if i > 0, tokens[i - 1].kind == .word,
        tokens[i - 1].length == 1 || (tokens[i - 1].length <= 3 && tokens[i - 1].isCapitalized)
      {
        return false  // "Dr.", "U.S.", "Feb.", "p.m."
      }
      return i + 1 >= tokens.count || tokens[i + 1].spaceBefore
    default: return false
    }
  }
}
