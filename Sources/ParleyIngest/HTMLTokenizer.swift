/// A forgiving HTML tokenizer: tags with attributes, text, and the raw content
/// of `script`, `style`, `title` and `textarea`. Comments and doctypes vanish.
struct HTMLTokenizer {
  enum Token {
    case start(name: String, attributes: [String: String], isSelfClosing: Bool)
    case end(name: String)
    case text(String)
    /// The content of a raw-text element, already closed.
    case raw(name: String, attributes: [String: String], content: String)
  }

  private static let rawTextElements: Set<String> = ["script", "style", "title", "textarea"]

  /// Splits `html` into tokens.
  static func tokens(_ html: String) -> [Token] {
    let s = Array(html.utf8)
    var tokens: [Token] = []
    var i = 0
    var textStart = 0
    func flushText(upTo end: Int) {
      if end > textStart { tokens.append(.text(String(decoding: s[textStart..<end], as: UTF8.self))) }
    }
    while i < s.count {
      guard s[i] == UInt8(ascii: "<"), i + 1 < s.count else {
        i += 1
        continue
      }
      let next = s[i + 1]
      if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
        flushText(upTo: i)
        if starts(s, i, "<!--") {
          i = find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count
        } else {
          i = find(s, ">", from: i + 2).map { $0 + 1 } ?? s.count
        }
        textStart = i
        continue
      }
      let isEnd = next == UInt8(ascii: "/")
      let nameStart = isEnd ? i + 2 : i + 1
      guard nameStart < s.count, isLetter(s[nameStart]) else {
        i += 1
        continue
      }
      flushText(upTo: i)
      var j = nameStart
      while j < s.count, isNameByte(s[j]) { j += 1 }
      let name = String(decoding: s[nameStart..<j], as: UTF8.self).lowercased()
      let (attributes, tagEnd, selfClosing) = parseAttributes(s, from: j)
      i = tagEnd
      if isEnd {
        tokens.append(.end(name: name))
      } else if rawTextElements.contains(name) && !selfClosing {
        let close = findCloseTag(s, name: name, from: i)
        let content = String(decoding: s[i..<close.contentEnd], as: UTF8.self)
        tokens.append(.raw(name: name, attributes: attributes, content: content))
        i = close.after
      } else {
        tokens.append(.start(name: name, attributes: attributes, isSelfClosing: selfClosing))
      }
      textStart = i
    }
    flushText(upTo: s.count)
    return tokens
  }

  /// Attributes from `from` to the closing `>`: (attributes, index after `>`, self-closing).
  private static func parseAttributes(_ s: [UInt8], from start: Int) -> ([String: String], Int, Bool) {
    var attributes: [String: String] = [:]
    var i = start
    var selfClosing = false
    while i < s.count {
      let c = s[i]
      if c == UInt8(ascii: ">") { return (attributes, i + 1, selfClosing) }
      if c == UInt8(ascii: "/") {
        selfClosing = true
        i += 1
        continue
      }
      if isSpace(c) {
        i += 1
        continue
      }
      selfClosing = false
      let nameStart = i
      while i < s.count, !isSpace(s[i]), s[i] != UInt8(ascii: "="), s[i] != UInt8(ascii: ">"),
        !(s[i] == UInt8(ascii: "/") && i + 1 < s.count && s[i + 1] == UInt8(ascii: ">"))
      {
        i += 1
      }
      let name = String(decoding: s[nameStart..<i], as: UTF8.self).lowercased()
      while i < s.count, isSpace(s[i]) { i += 1 }
      var value = ""
      if i < s.count, s[i] == UInt8(ascii: "=") {
        i += 1
        while i < s.count, isSpace(s[i]) { i += 1 }
        if i < s.count, s[i] == UInt8(ascii: "\"") || s[i] == UInt8(ascii: "'") {
          let quote = s[i]
          let valueStart = i + 1
          i = valueStart
          while i < s.count, s[i] != quote { i += 1 }
          value = String(decoding: s[valueStart..<min(i, s.count)], as: UTF8.self)
          i += 1
        } else {
          let valueStart = i
          while i < s.count, !isSpace(s[i]), s[i] != UInt8(ascii: ">") { i += 1 }
          value = String(decoding: s[valueStart..<i], as: UTF8.self)
        }
      }
      if !name.isEmpty && attributes[name] == nil { attributes[name] = HTMLEntities.decode(value) }
    }
    return (attributes, s.count, selfClosing)
  }

  private static func findCloseTag(_ s: [UInt8], name: String, from start: Int) -> (contentEnd: Int, after: Int) {
    let pattern = Array(("</" + name).utf8)
    var i = start
    while let found = find(s, "<", from: i) {
      if found + pattern.count <= s.count,
        zip(s[found..<(found + pattern.count)], pattern).allSatisfy({ lower($0) == $1 })
      {
        let after = find(s, ">", from: found).map { $0 + 1 } ?? s.count
        return (found, after)
      }
      i = found + 1
    }
    return (s.count, s.count)
  }

  private static func find(_ s: [UInt8], _ needle: String, from start: Int) -> Int? {
    let n = Array(needle.utf8)
    guard let first = n.first, start < s.count else { return nil }
    var i = start
    while i + n.count <= s.count {
      if s[i] == first && (n.count == 1 || Array(s[i..<(i + n.count)]) == n) { return i }
      i += 1
    }
    return nil
  }

  private static func starts(_ s: [UInt8], _ i: Int, _ prefix: String) -> Bool {
    let p = Array(prefix.utf8)
    return i + p.count <= s.count && Array(s[i..<(i + p.count)]) == p
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
  private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
  private static func isNameByte(_ b: UInt8) -> Bool {
    isLetter(b) || (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
  }
  private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 || b == 12 }
}
