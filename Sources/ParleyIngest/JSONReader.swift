/// A small JSON parser over UTF-8 bytes with a nesting limit, and a streaming mode for
/// the top level, so that a file of a million objects is never held as one tree.
///
/// Linear in the input; recursion depth at most ``maxDepth``.
struct JSONReader {
  /// A parsed JSON value. Numbers keep their literal text.
  indirect enum Value {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([Value])
    /// Members in file order (a repeated key keeps its last value when looked up).
    case object([(key: String, value: Value)])

    /// The object's members by key (the last of a repeated key), or nil when not an object.
    var members: [String: Value]? {
      guard case .object(let pairs) = self else { return nil }
      var result: [String: Value] = [:]
      for (key, value) in pairs { result[key] = value }
      return result
    }
  }

  /// Why the bytes are not JSON.
  enum Failure: Error, Equatable {
    case invalid
    /// Arrays and objects nested deeper than ``maxDepth``.
    case tooDeep
  }

  /// Arrays and objects nested deeper than this are refused (no article format needs more).
  static let maxDepth = 100

  private let bytes: [UInt8]
  private var index: Int

  private init(_ bytes: [UInt8], from start: Int = 0) {
    self.bytes = bytes
    index = start
  }

  /// Parses `bytes[range]` as one JSON value (white space around it allowed).
  static func parse(_ bytes: [UInt8], _ range: Range<Int>? = nil) throws(Failure) -> Value {
    let range = range ?? 0..<bytes.count
    var reader = JSONReader(Array(bytes[range]))
    reader.skipSpace()
    let value = try reader.value(depth: 0)
    reader.skipSpace()
    guard reader.index == reader.bytes.count else { throw .invalid }
    return value
  }

  /// Reads a top-level array or object, giving each element of the array (or of an
  /// object's array-valued member whose key `streams` accepts) to `visit` as soon as it is
  /// parsed, instead of keeping it; such members are left as empty arrays in the result.
  /// - Returns: The top-level value, with the streamed elements left out.
  static func stream(
    _ bytes: [UInt8], streams: (String) -> Bool, visit: (_ key: String?, _ element: Value) -> Void
  ) throws(Failure) -> Value {
    var reader = JSONReader(bytes)
    reader.skipSpace()
    let top: Value
    switch reader.peek {
    case UInt8(ascii: "["):
      try reader.elements(depth: 1) { element throws(Failure) in visit(nil, element) }
      top = .array([])
    case UInt8(ascii: "{"):
      var pairs: [(key: String, value: Value)] = []
      try reader.members(depth: 1) { key, reader throws(Failure) in
        if streams(key), reader.peek == UInt8(ascii: "[") {
          try reader.elements(depth: 2) { element throws(Failure) in visit(key, element) }
          pairs.append((key, .array([])))
        } else {
          pairs.append((key, try reader.value(depth: 1)))
        }
      }
      top = .object(pairs)
    default:
      throw .invalid
    }
    reader.skipSpace()
    guard reader.index == reader.bytes.count else { throw .invalid }
    return top
  }

  private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  private mutating func value(depth: Int) throws(Failure) -> Value {
    skipSpace()
    guard let c = peek else { throw .invalid }
    switch c {
    case UInt8(ascii: "["):
      var items: [Value] = []
      try elements(depth: depth + 1) { items.append($0) }
      return .array(items)
    case UInt8(ascii: "{"):
      var pairs: [(key: String, value: Value)] = []
      try members(depth: depth + 1) { key, reader throws(Failure) in
        pairs.append((key, try reader.value(depth: depth + 1)))
      }
      return .object(pairs)
    case UInt8(ascii: "\""):
      return .string(try string())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default:
      return .number(try number())
    }
  }

  /// `[ v, v, … ]`, each value given to `each`.
  private mutating func elements(depth: Int, _ each: (Value) throws(Failure) -> Void) throws(Failure) {
    guard depth <= Self.maxDepth else { throw .tooDeep }
    index += 1  // [
    skipSpace()
    if peek == UInt8(ascii: "]") {
      index += 1
      return
    }
    while true {
      try each(try value(depth: depth))
      skipSpace()
      guard let c = peek else { throw .invalid }
      index += 1
      if c == UInt8(ascii: "]") { return }
      guard c == UInt8(ascii: ",") else { throw .invalid }
    }
  }

  /// `{ "k": v, … }`, each key given to `each` with the reader positioned at its value.
  private mutating func members(
    depth: Int, _ each: (String, inout JSONReader) throws(Failure) -> Void
  ) throws(Failure) {
    guard depth <= Self.maxDepth else { throw .tooDeep }
    index += 1  // {
    skipSpace()
    if peek == UInt8(ascii: "}") {
      index += 1
      return
    }
    while true {
      skipSpace()
      guard peek == UInt8(ascii: "\"") else { throw .invalid }
      let key = try string()
      skipSpace()
      guard peek == UInt8(ascii: ":") else { throw .invalid }
      index += 1
      skipSpace()
      try each(key, &self)
      skipSpace()
      guard let c = peek else { throw .invalid }
      index += 1
      if c == UInt8(ascii: "}") { return }
      guard c == UInt8(ascii: ",") else { throw .invalid }
    }
  }

  private mutating func literal(_ word: String) throws(Failure) {
    for b in word.utf8 {
      guard peek == b else { throw .invalid }
      index += 1
    }
  }

  private mutating func number() throws(Failure) -> String {
    let start = index
    if peek == UInt8(ascii: "-") { index += 1 }
    var digits = 0
    while let c = peek, (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e")
      || c == UInt8(ascii: "E") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    {
      if c >= 0x30 && c <= 0x39 { digits += 1 }
      index += 1
    }
    guard digits > 0 else { throw .invalid }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard Double(text) != nil else { throw .invalid }
    return text
  }

  /// A string literal, escapes decoded (an unpaired surrogate escape becomes U+FFFD).
  private mutating func string() throws(Failure) -> String {
    index += 1  // "
    var plainStart = index
    var result = ""
    var pendingHigh: UInt16?
    func flushPlain(_ end: Int) {
      if end > plainStart { result += String(decoding: bytes[plainStart..<end], as: UTF8.self) }
    }
    func flushHigh() {
      if pendingHigh != nil {
        result.unicodeScalars.append("\u{FFFD}")
        pendingHigh = nil
      }
    }
    while index < bytes.count {
      let c = bytes[index]
      if c == UInt8(ascii: "\"") {
        flushPlain(index)
        flushHigh()
        index += 1
        return result
      }
      if c < 0x20 { throw .invalid }
      guard c == UInt8(ascii: "\\") else {
        if pendingHigh != nil {
          flushHigh()
          plainStart = index
        }
        index += 1
        continue
      }
      flushPlain(index)
      guard index + 1 < bytes.count else { throw .invalid }
      let e = bytes[index + 1]
      index += 2
      if e == UInt8(ascii: "u") {
        guard index + 4 <= bytes.count, let unit = UInt16(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { throw .invalid }
        index += 4
        if let high = pendingHigh, (0xDC00...0xDFFF).contains(unit) {
          let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
          result.unicodeScalars.append(Unicode.Scalar(scalar) ?? "\u{FFFD}")
          pendingHigh = nil
        } else {
          flushHigh()
          if (0xD800...0xDBFF).contains(unit) {
            pendingHigh = unit
          } else {
            result.unicodeScalars.append(Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}")
          }
        }
      } else {
        flushHigh()
        switch e {
        case UInt8(ascii: "\""): result += "\""
        case UInt8(ascii: "\\"): result += "\\"
        case UInt8(ascii: "/"): result += "/"
        case UInt8(ascii: "b"): result += "\u{08}"
        case UInt8(ascii: "f"): result += "\u{0C}"
        case UInt8(ascii: "n"): result += "\n"
        case UInt8(ascii: "r"): result += "\r"
        case UInt8(ascii: "t"): result += "\t"
        default: throw .invalid
        }
      }
      plainStart = index
    }
    throw .invalid
  }
}
