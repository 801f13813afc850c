/// Word splitting, comparison keys and substring search shared by the noise rules.
///
/// These run on every line of every article, so ASCII takes a byte-level fast path.
enum TextKeys {
  /// Lower-cased runs of letters and digits ("Don't" → "don", "t").
  static func words(_ text: some StringProtocol) -> [String] {
    var result: [String] = []
    var current: [UInt8] = []
    current.reserveCapacity(24)
    func finish() {
      if !current.isEmpty {
        result.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        let b = UInt8(v)
        if b >= 0x41 && b <= 0x5A {
          current.append(b + 0x20)
        } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
          current.append(b)
        } else {
          finish()
        }
      } else if scalar.properties.isAlphabetic {
        for s in scalar.properties.lowercaseMapping.unicodeScalars {
          current.append(contentsOf: Array(String(s).utf8))
        }
      } else {
        finish()
      }
    }
    finish()
    return result
  }

  /// A key that ignores case, whitespace and punctuation: the words joined by one space.
  static func comparisonKey(_ text: some StringProtocol) -> String {
    var key: [UInt8] = []
    key.reserveCapacity(text.utf8.count)
    var needsSpace = false
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        let b = UInt8(v)
        let lowered: UInt8? =
          b >= 0x41 && b <= 0x5A ? b + 0x20 : (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) ? b : nil
        if let lowered {
          if needsSpace { key.append(0x20); needsSpace = false }
          key.append(lowered)
        } else if !key.isEmpty {
          needsSpace = true
        }
      } else if scalar.properties.isAlphabetic {
        if needsSpace { key.append(0x20); needsSpace = false }
        key.append(contentsOf: Array(scalar.properties.lowercaseMapping.utf8))
      } else if !key.isEmpty {
        needsSpace = true
      }
    }
    return String(decoding: key, as: UTF8.self)
  }

  /// The number of space-separated tokens.
  static func tokenCount(_ text: some StringProtocol) -> Int {
    var count = 0
    var inToken = false
    for b in text.utf8 {
      if b == 0x20 {
        inToken = false
      } else if !inToken {
        inToken = true
        count += 1
      }
    }
    return count
  }

  /// Whether `haystack` contains `needle`, comparing UTF-8 bytes (no locale, no
  /// Foundation bridging; callers lower-case first).
  static func contains(_ haystack: String, _ needle: String) -> Bool {
    var h = haystack
    var n = needle
    return h.withUTF8 { hb in
      n.withUTF8 { nb in
        guard !nb.isEmpty else { return true }
        guard hb.count >= nb.count else { return false }
        let first = nb[0]
        var i = 0
        let last = hb.count - nb.count
        while i <= last {
          if hb[i] == first {
            var j = 1
            while j < nb.count && hb[i + j] == nb[j] { j += 1 }
            if j == nb.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }
}
