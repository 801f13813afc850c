/// Splits a sentence into tokens: words (keeping inner periods of
/// abbreviations such as "U.S."), numbers, possessive `'s` and punctuation.
/// Hyphens and dashes between words become tokens of their own, so
/// "U.S.-Russia" yields "U.S.", "-", "Russia".
public struct Tokenizer: Sendable {
  /// Creates a tokenizer.
  public init() {}

  /// The tokens of `sentence`, with Unicode-scalar offsets into it.
  public func tokens(in sentence: String) -> [Token] {
    let scalars = Array(sentence.unicodeScalars)
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5 + 1)
    var i = 0
    let n = scalars.count
    func emit(_ from: Int, _ to: Int) {
      guard to > from else { return }
      tokens.append(Token(text: Self.string(scalars[from..<to]), start: from, end: to))
    }
    while i < n {
      let s = scalars[i]
      if ScalarClass.isWhitespace(s) {
        i += 1
        continue
      }
      if isWordScalar(s) {
        var j = i + 1
        while j < n {
          let c = scalars[j]
          if isWordScalar(c) {
            j += 1
          } else if c == "." && j + 1 < n && isLetter(scalars[j + 1]) && isAbbreviationDot(scalars, i, j)
          {
            j += 1  // U.S., U.N.
          } else if (c == "'" || c == "\u{2019}") && j + 1 < n && isLetter(scalars[j + 1]) {
            // possessive 's or n't: split; inner apostrophes (O'Brien) stay.
            let rest = lowerWord(scalars, j + 1)
            if rest == "s" || rest == "t" || rest == "ll" || rest == "re" || rest == "ve" || rest == "d" {
              break
            }
            j += 1
          } else if (c == "," || c == ".") && j + 1 < n && isDigit(scalars[j + 1]) && isDigit(scalars[j - 1]) {
            j += 1  // 1,000 and 2.5
          } else {
            break
          }
        }
        // Keep the final period of an abbreviation like "U.S." or "Jr."
        if j < n && scalars[j] == "." && (j - i >= 2 && scalars[j - 2] == "." || isKnownAbbreviation(scalars, i, j)) {
          j += 1
        }
        // "n't": the n belongs to the clitic.
        if j < n, scalars[j] == "'" || scalars[j] == "\u{2019}", j - i >= 2, scalars[j - 1] == "n" || scalars[j - 1] == "N",
          j + 1 < n, scalars[j + 1] == "t" || scalars[j + 1] == "T"
        {
          emit(i, j - 1)
          emit(j - 1, j + 2)
          i = j + 2
          continue
        }
        emit(i, j)
        if j < n, scalars[j] == "'" || scalars[j] == "\u{2019}", j + 1 < n, isLetter(scalars[j + 1]) {
          var k = j + 1
          while k < n && isLetter(scalars[k]) { k += 1 }
          emit(j, k)
          j = k
        }
        i = j
        continue
      }
      // Punctuation: one scalar a token, but keep "..." together.
      if s == "." && i + 2 < n && scalars[i + 1] == "." && scalars[i + 2] == "." {
        emit(i, i + 3)
        i += 3
        continue
      }
      emit(i, i + 1)
      i += 1
    }
    return tokens
  }

  private func isWordScalar(_ s: Unicode.Scalar) -> Bool { ScalarClass.isWordScalar(s) }
  private func isLetter(_ s: Unicode.Scalar) -> Bool { ScalarClass.isLetter(s) }
  private func isDigit(_ s: Unicode.Scalar) -> Bool { ScalarClass.isDigit(s) }

  /// The string of `slice`, built byte by byte when it is ASCII.
  static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
    if slice.allSatisfy({ $0.value < 0x80 }) {
      return String(unsafeUninitializedCapacity: slice.count) { out in
        var k = 0
        for scalar in slice {
          out[k] = UInt8(truncatingIfNeeded: scalar.value)
          k += 1
        }
        return k
      }
    }
    // Other text: the scalars encoded as UTF-8 straight into the string's storage.
    var count = 0
    for scalar in slice {
      let v = scalar.value
      count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
    }
    return String(unsafeUninitializedCapacity: count) { out in
      var k = 0
      for scalar in slice {
        let v = scalar.value
        if v < 0x80 {
          out[k] = UInt8(v)
          k += 1
        } else if v < 0x800 {
          out[k] = UInt8(0xC0 | (v >> 6))
          out[k + 1] = UInt8(0x80 | (v & 0x3F))
          k += 2
        } else if v < 0x1_0000 {
          out[k] = UInt8(0xE0 | (v >> 12))
          out[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          out[k + 2] = UInt8(0x80 | (v & 0x3F))
          k += 3
        } else {
          out[k] = UInt8(0xF0 | (v >> 18))
          out[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          out[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          out[k + 3] = UInt8(0x80 | (v & 0x3F))
          k += 4
        }
      }
      return k
    }
  }

  /// A dot inside a word is an abbreviation dot when the parts are single letters ("U.S", "U.N").
  private func isAbbreviationDot(_ scalars: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
    // the part before the dot is one letter, and the part after is one letter followed by a dot or end
    let before = dot - 1
    let beforeOK = before >= start && (before == start || scalars[before - 1] == ".")
    let afterEnd = dot + 2
    let afterOK = afterEnd >= scalars.count || !isLetter(scalars[afterEnd])
    return beforeOK && afterOK
  }

  private func lowerWord(_ scalars: [Unicode.Scalar], _ from: Int) -> String {
    var k = from
    var view = String.UnicodeScalarView()
    while k < scalars.count && isLetter(scalars[k]) {
      view.append(scalars[k])
      k += 1
    }
    return String(view).lowercased()
  }

  private func isKnownAbbreviation(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
    guard to - from <= Abbreviations.longest else { return false }
    return Abbreviations.titles.contains(Self.string(scalars[from..<to]).lowercased())
  }
}

/// Abbreviations whose final period does not end a sentence.
enum Abbreviations {
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "sen", "rep", "gov", "pres", "amb", "st", "jr", "sr", "rev", "hon", "messrs", "mt", "ft",
    "no", "vs", "etc", "inc", "ltd", "corp", "co", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
    "d.c", "approx", "est", "dept", "govt", "fig",
  ]

  /// Scalars in the longest of ``titles`` (a longer word cannot be one of them).
  static let longest = titles.map(\.unicodeScalars.count).max() ?? 0
}
