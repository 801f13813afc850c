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
    var text = Substring(svg)
    if let start = text.range(of: "<svg ") { text = text[start.lowerBound...] } else { return nil }
    var out = ""
    out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
    var rest = text
    while let comment = rest.range(of: "<!--") {
      out += rest[..<comment.lowerBound]
      guard let end = rest[comment.upperBound...].range(of: "-->") else { return nil }
      rest = rest[end.upperBound...]
    }
    out += rest
    guard isPlainDrawing(out) else { return nil }
    return tooltipsAsTitles(out)
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
    var out = ""
    var rest = Substring(svg)
    let marker = "<a xlink:title=\""
    while let a = rest.range(of: marker) {
      guard let end = rest[a.upperBound...].firstIndex(of: "\""),
        let close = rest[end...].firstIndex(of: ">")
      else { break }
      let tip = rest[a.upperBound..<end]
      out += rest[...close]
      out += "<title>\(tip)</title>"
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
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
