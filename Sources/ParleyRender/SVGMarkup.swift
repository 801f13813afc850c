import Foundation

/// Changes to Graphviz's SVG text after rendering: accessibility metadata for the files
/// Parley writes, and the clean-up that lets an SVG sit inside an HTML page.
enum SVGMarkup {
  /// `svg` with `role="img"`, `aria-labelledby` and a `<title>` and `<desc>` as the root
  /// element's first children (Graphviz writes neither), ids `ID-title` and `ID-desc`.
  /// - Parameters:
  ///   - id: A prefix for the two new ids, unique in a page holding several SVGs.
  ///   - title: A short name of the picture.
  ///   - description: What it shows and what was cut.
  static func annotated(_ svg: String, id: String, title: String, description: String) -> String {
    guard let open = svg.range(of: "<svg "),
      let close = svg[open.upperBound...].firstIndex(of: ">")
    else { return svg }
    let ids = "\(id)-title \(id)-desc"
    return String(svg[..<close])
      + " role=\"img\" aria-labelledby=\"\(ids)\">\n"
      + "<title id=\"\(id)-title\">\(XMLEscape.text(title))</title>\n"
      + "<desc id=\"\(id)-desc\">\(XMLEscape.text(description))</desc>"
      + String(svg[svg.index(after: close)...])
  }

  /// `svg` made fit to be pasted into an HTML page: the XML prolog, DOCTYPE and comments
  /// removed, and every Graphviz tooltip (`xlink:title` on an `<a>`) repeated as a `<title>`
  /// child, which browsers show for inline SVG.
  ///
  /// Graphviz escapes `<`, `>`, `&`, quotes and `-` in all text it writes, so article text
  /// cannot open an element; as a second line of defence, any element or attribute outside
  /// what Graphviz draws with (see ``isPlainDrawing(_:)``) makes this return nil.
  static func inline(_ svg: String) -> String? {
    // Byte scans: `range(of:)` on a substring copies it on Linux, which made long drawings
    // quadratic.
    let bytes = Array(svg.utf8)
    guard let start = find(Array("<svg ".utf8), in: bytes, from: 0) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count - start)
    var i = start
    let open = Array("<!--".utf8), close = Array("-->".utf8)
    while let comment = find(open, in: bytes, from: i) {
      out += bytes[i..<comment]
      guard let end = find(close, in: bytes, from: comment + open.count) else { return nil }
      i = end + close.count
    }
    out += bytes[i...]
    let text = String(decoding: out, as: UTF8.self)
    guard isPlainDrawing(text) else { return nil }
    return tooltipsAsTitles(text)
  }

  /// The first index at or after `from` where `pattern` starts in `bytes`.
  static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var i = from
    let last = bytes.count - pattern.count
    while i <= last {
      if bytes[i] == first {
        var k = 1
        while k < pattern.count && bytes[i + k] == pattern[k] { k += 1 }
        if k == pattern.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// The elements Graphviz's SVG renderer writes.
  static let drawingElements: Set<String> = [
    "svg", "g", "title", "desc", "a", "polygon", "polyline", "path", "ellipse", "circle", "rect",
    "text", "tspan", "defs", "linearGradient", "radialGradient", "stop",
  ]

  /// Whether every tag in `svg` is one of ``drawingElements`` with no event handler (`on…`),
  /// link (`href`), style or entity declaration, and the root `<svg>` is closed exactly once
  /// at the end: nothing in it can run script or end the SVG early inside an HTML page.
  static func isPlainDrawing(_ svg: String) -> Bool {
    let bytes = Array(svg.utf8)
    var i = 0
    var rootCloses = 0
    while i < bytes.count {
      guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
      var j = i + 1
      let closing = j < bytes.count && bytes[j] == UInt8(ascii: "/")
      if closing { j += 1 }
      let nameStart = j
      while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
      let name = String(decoding: bytes[nameStart..<j], as: UTF8.self)
      guard drawingElements.contains(name) else { return false }
      if closing && name == "svg" { rootCloses += 1 }
      // Attributes up to the tag's end; values are double-quoted and hold no `<` or `"`.
      while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
        if bytes[j] == UInt8(ascii: "<") { return false }
        if isNameByte(bytes[j]) {
          let start = j
          while j < bytes.count, isNameByte(bytes[j]) || bytes[j] == UInt8(ascii: ":") { j += 1 }
          let attribute = String(decoding: bytes[start..<j], as: UTF8.self).lowercased()
          if attribute.hasPrefix("on") || attribute.hasSuffix("href") || attribute == "style" { return false }
          continue
        }
        if bytes[j] == UInt8(ascii: "\"") {
          j += 1
          while j < bytes.count, bytes[j] != UInt8(ascii: "\"") {
            if bytes[j] == UInt8(ascii: "<") { return false }
            j += 1
          }
        }
        j += 1
      }
      i = j + 1
    }
    return rootCloses == 1 && svg.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</svg>")
  }

  private static func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
  }

  /// Adds `<title>TIP</title>` after every `<a xlink:title="TIP">` (the value is already escaped).
  static func tooltipsAsTitles(_ svg: String) -> String {
    let bytes = Array(svg.utf8)
    let marker = Array("<a xlink:title=\"".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 4)
    var i = 0
    while let a = find(marker, in: bytes, from: i) {
      let value = a + marker.count
      guard let end = bytes[value...].firstIndex(of: UInt8(ascii: "\"")),
        let close = bytes[end...].firstIndex(of: UInt8(ascii: ">"))
      else { break }
      out += bytes[i...close]
      out += Array("<title>".utf8) + bytes[value..<end] + Array("</title>".utf8)
      i = close + 1
    }
    out += bytes[i...]
    return String(decoding: out, as: UTF8.self)
  }
}

/// Escaping for XML and HTML text and double-quoted attribute values.
public enum XMLEscape {
  /// `text` with `&`, `<`, `>`, `"` and `'` as character references, and control
  /// characters other than tab and line breaks dropped (XML 1.0 forbids them).
  public static func text(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n", "\t": out.unicodeScalars.append(scalar)
      case "\r": out += " "
      default:
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
