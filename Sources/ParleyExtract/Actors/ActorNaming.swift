import Foundation

/// Stable identifiers and display names for actors.
enum ActorNaming {
  /// A lowercase ASCII slug: "Sergey Lavrov" → "sergey-lavrov", "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan".
  static func slug(_ name: String) -> String {
    // ASCII names (most of them) need no Unicode folding.
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      var out: [UInt8] = []
      out.reserveCapacity(name.utf8.count)
      var pendingDash = false
      for byte in name.utf8 {
        let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
        if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
          if pendingDash && !out.isEmpty { out.append(45) }
          pendingDash = false
          out.append(lower)
        } else if byte != 39 && byte != 46 {  // apostrophes and dots vanish
          pendingDash = true
        }
      }
      return out.isEmpty ? "actor" : String(decoding: out, as: UTF8.self)
    }
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var out = ""
    var pendingDash = false
    for scalar in folded.unicodeScalars {
      if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
        continue
      } else {
        pendingDash = true
      }
    }
    return out.isEmpty ? "actor" : out
  }

  /// Joins name tokens, without spaces around hyphens: ["Al", "-", "Thani"] → "Al-Thani".
  static func join(_ tokens: some Sequence<Token>) -> String {
    var out = ""
    var previousWasJoiner = true
    for token in tokens {
      let isJoiner = token.text == "-" || token.text == "\u{2010}"
      let isClitic = token.lower == "'s" || token.lower == "'"
      if !out.isEmpty && !isJoiner && !isClitic && !previousWasJoiner { out += " " }
      out += token.text
      previousWasJoiner = isJoiner
    }
    return out
  }

  /// A display title from lowercase title words: ["secretary", "of", "state"] →
  /// "Secretary of State"; nil for honorifics only or no words.
  static func roleTitle(_ words: [String]) -> String? {
    let kept = words.filter { !roleTitleSkipped.contains($0) }
    guard !kept.isEmpty else { return nil }
    return kept.enumerated().map { i, w in
      if i > 0 && roleTitleLowercase.contains(w) { return w }
      if w == "u.s." || w == "un" || w == "eu" || w == "nato" { return w.uppercased() }
      return w.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }.joined(separator: " ")
  }

  /// Honorifics and articles a role title leaves out.
  private static let roleTitleSkipped: Set<String> = [
    "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr", "dr.", "sir", "dame", "lord", "the",
  ]
  /// Words a role title keeps in lowercase after its first.
  private static let roleTitleLowercase: Set<String> = ["of", "for", "and", "the"]

  /// A key for comparing names across spellings: folded diacritics, no punctuation,
  /// common transliteration variants unified (Sergei/Sergey, Zelenskyy/Zelensky).
  static func matchKey(_ name: String) -> String {
    var key = Array(slug(name).utf8)
    for (from, to) in matchKeyRewrites { key = replacing(from, with: to, in: key) }
    return String(decoding: key, as: UTF8.self)
  }

  private static let matchKeyRewrites: [([UInt8], [UInt8])] = [
    ("yy", "y"), ("iy", "y"), ("ei", "ey"), ("ii", "i"), ("kh", "h"), ("j", "y"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// Every occurrence of `pattern`, left to right and not overlapping, replaced.
  private static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
        out += replacement
        i += pattern.count
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return out
  }
}
