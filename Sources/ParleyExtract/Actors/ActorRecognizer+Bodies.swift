import ParleyIngest

extension ActorRecognizer {
  /// A body or group phrase at `i`, after a country word: "Foreign Ministry",
  /// "intelligence officials" (SPY), "rebel leaders" (REB), "warplanes" (MIL),
  /// "Baltic Fleet", "Ministry of Mines", "Ombudsman's Office".
  /// Returns the end and the body's name and sector.
  func bodyPhrase(at i: Int, _ tokens: [Token]) -> (Int, BodyLexicon.Body)? {
    var k = i
    var refinedSector: String?
    var properWords: [Token] = []
    // A head here, kept in case the words after it do not end in a longer phrase
    // ("Israeli intelligence" when no "officials" follows).
    var fallback: (Int, BodyLexicon.Body)?
    // Up to three modifiers or capitalised words of a proper name before the head.
    while k < tokens.count && k - i <= 3 {
      if let (end, body) = head(at: k, tokens),
        let result = finish(
          headStart: k, headEnd: end, body: body, refined: refinedSector, proper: properWords,
          tokens)
      {
        if result.0 > (fallback?.0 ?? -1) { fallback = result }
      }
      let t = tokens[k]
      if let sector = BodyLexicon.modifiers[t.lower] {
        if let sector { refinedSector = sector }
        if t.isCapitalized { properWords.append(t) }
        k += 1
      } else if t.isWord && t.isCapitalized && !isCountryWord(at: k, tokens)
        && !ActorLexicon.notNames.contains(t.lower) && fallback == nil
      {
        properWords.append(t)
        k += 1
        if k < tokens.count && tokens[k].lower == "'s" { k += 1 }
      } else {
        break
      }
      if fallback != nil && BodyLexicon.modifiers[t.lower] == nil { break }
    }
    return fallback
  }

  /// The longest head phrase of ``BodyLexicon/heads`` or ``BodyLexicon/namedHeads`` at `k`.
  private func head(at k: Int, _ tokens: [Token]) -> (Int, BodyLexicon.Body)? {
    var key = ""
    var best: (Int, BodyLexicon.Body)?
    for length in 1...BodyLexicon.maxHeadLength {
      let j = k + length - 1
      guard j < tokens.count else { break }
      key += (length == 1 ? "" : " ") + tokens[j].lower
      if let body = BodyLexicon.heads[key] {
        best = (j + 1, body)
      } else if length == 1, let sector = BodyLexicon.namedHeads[key],
        tokens[j].isCapitalized || BodyLexicon.lowercaseNamedHeads.contains(key)
      {
        best = (j + 1, (tokens[j].text.capitalizedFirst, sector))
      }
    }
    return best
  }

  private func finish(
    headStart: Int, headEnd: Int, body: BodyLexicon.Body, refined: String?,
    proper: [Token], _ tokens: [Token]
  ) -> (Int, BodyLexicon.Body)? {
    let headWord = tokens[headEnd - 1].lower
    let isNamedHead = BodyLexicon.namedHeads[headWord] != nil
    // Capitalised words before the head make a proper name only with a capitalised head
    // ("Baltic Fleet"); "Ombudsman's Office" and "Defense Department" too.
    let hasProperName = !proper.isEmpty && tokens[headStart].isCapitalized && isNamedHead
    if !proper.isEmpty && !hasProperName && !tokens[headStart].isCapitalized {
      // "Kurdish rebels": a capitalised modifier of the lexicon is fine; other capitals are not.
      guard proper.allSatisfy({ BodyLexicon.modifiers[$0.lower] != nil }) else { return nil }
    }
    var end = headEnd
    var name = body.name
    var sector = body.sector
    // "Ministry of Mines": of + capitalised words.
    var ofWords: [Token] = []
    if BodyLexicon.takesOf.contains(headWord), end + 1 < tokens.count,
      tokens[end].lower == "of" || tokens[end].lower == "for"
    {
      var m = end + 1
      while m < tokens.count, m - end <= 4,
        tokens[m].isWord && tokens[m].isCapitalized && !isCountryWord(at: m, tokens)
          || (tokens[m].lower == "and" && m + 1 < tokens.count && tokens[m + 1].isCapitalized)
      {
        m += 1
      }
      if m > end + 1 && tokens[m - 1].lower != "and" {
        ofWords = Array(tokens[end..<m])
        end = m
      }
    }
    if hasProperName || !ofWords.isEmpty {
      let firstProper = proper.first.flatMap { p in tokens.firstIndex { $0.start == p.start } }
      let from = hasProperName ? (firstProper ?? headStart) : headStart
      name = ActorNaming.join(tokens[from..<end])
      if body.sector == "GOV", let named = BodyLexicon.namedHeads[headWord] { sector = named }
    }
    if let refined, BodyLexicon.refinableHeads.contains(headWord) || refined == "ELI" {
      sector = refined
      if !hasProperName { name = BodyLexicon.modifierNames[refined] ?? name }
    }
    return (end, (name, sector))
  }
}

extension String {
  /// The string with its first letter uppercased: "fleet" → "Fleet".
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
