/// Finds the article text of an HTML page: drops script, style, navigation,
/// headers, footers, asides and forms, prefers `<article>`, and otherwise takes
/// the container holding most paragraph text.
struct HTMLBodyExtraction {
  /// One run of text between block boundaries.
  struct Block {
    var text: String
    /// The innermost block element ("p", "h2", "li", "div", …).
    var kind: String
    /// The enclosing `<article>` element's number, if any.
    var article: Int?
    /// Numbers of the enclosing elements, outermost first.
    var ancestors: [Int]
    var linkCharacters: Int
    /// Inside an element whose class, id or role suggests boilerplate.
    var isHinted: Bool
  }

  private(set) var blocks: [Block] = []
  /// The text of the first `<h1>`, wherever it is.
  private(set) var firstHeading: String?
  /// Numbers of paragraph-level and inline elements, which never count as the body's container.
  private var paragraphLevelIDs: Set<Int> = []
  private static let paragraphLevel: Set<String> = [
    "p", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "a", "b", "i",
    "em", "strong", "span", "font", "small", "u", "q", "cite", "code", "label", "sup", "sub",
  ]

  private static let hardSkip: Set<String> = [
    "nav", "header", "footer", "aside", "noscript", "svg", "button", "iframe", "template",
    "select", "figure", "figcaption", "object", "canvas", "video", "audio", "picture", "menu",
  ]
  private static let blockElements: Set<String> = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
    "article", "section", "main", "td", "th", "tr", "table", "dd", "dt", "dl", "body", "center",
    "address", "hr", "br", "form", "fieldset", "legend", "caption",
  ]
  private static let voidElements: Set<String> = [
    "br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed",
    "param", "track", "keygen",
  ]
  private static let hintWords: Set<String> = [
    "share", "sharing", "social", "related", "comments", "comment", "newsletter", "cookie",
    "cookies", "consent", "advert", "advertisement", "ad", "ads", "promo", "breadcrumb",
    "breadcrumbs", "menu", "nav", "navbar", "navigation", "sidebar", "footer", "subscribe",
    "subscription", "paywall", "popup", "modal", "banner", "widget", "recommended", "trending",
    "caption", "byline", "credit", "tags", "toolbar", "masthead", "outbrain", "taboola",
  ]

  private struct Element {
    var name: String
    var id: Int
    var hardSkip: Bool
    var hinted: Bool
  }

  /// Walks the tokens once.
  init(tokens: [HTMLTokenizer.Token]) {
    var stack: [Element] = []
    var nextID = 0
    var buffer = ""
    var linkChars = 0
    var headingBuffer: String?
    var skipDepth = 0
    var hintDepth = 0

    func flush() {
      let text = TextNormalization.singleLine(HTMLEntities.decode(buffer))
      if !text.isEmpty, skipDepth == 0 {
        let kind = stack.last(where: { Self.blockElements.contains($0.name) })?.name ?? "body"
        let article = stack.last(where: { $0.name == "article" })?.id
        blocks.append(
          Block(text: text, kind: kind, article: article, ancestors: stack.map(\.id),
            linkCharacters: min(linkChars, text.count), isHinted: hintDepth > 0))
      }
      buffer = ""
      linkChars = 0
    }
    func pop() {
      guard let element = stack.popLast() else { return }
      if element.hardSkip { skipDepth -= 1 }
      if element.hinted { hintDepth -= 1 }
      if element.name == "h1", let heading = headingBuffer {
        let text = TextNormalization.singleLine(HTMLEntities.decode(heading))
        if firstHeading == nil && !text.isEmpty { firstHeading = text }
        headingBuffer = nil
      }
    }

    for token in tokens {
      switch token {
      case .text(let text):
        if skipDepth == 0 {
          buffer += text
          if stack.contains(where: { $0.name == "a" }) { linkChars += text.count }
        }
        if headingBuffer != nil { headingBuffer!.append(text) }
      case .raw:
        continue
      case .start(let name, let attributes, let selfClosing):
        if Self.blockElements.contains(name) {
          flush()
          if name != "p" && name != "br" && name != "hr", stack.last?.name == "p" { pop() }
          if name == "p", stack.last?.name == "p" { pop() }
          if name == "li", let top = stack.last, top.name == "li" { pop() }
        }
        if Self.voidElements.contains(name) || selfClosing { continue }
        let hard = Self.hardSkip.contains(name) || attributes["hidden"] != nil
          || attributes["aria-hidden"] == "true"
          || ["navigation", "banner", "contentinfo", "complementary", "search"].contains(attributes["role"] ?? "")
        let hinted = Self.isHinted(attributes)
        if hard { skipDepth += 1 }
        if hinted { hintDepth += 1 }
        if name == "h1" && headingBuffer == nil && firstHeading == nil { headingBuffer = "" }
        if Self.paragraphLevel.contains(name) { paragraphLevelIDs.insert(nextID) }
        stack.append(Element(name: name, id: nextID, hardSkip: hard, hinted: hinted))
        nextID += 1
      case .end(let name):
        guard let index = stack.lastIndex(where: { $0.name == name }) else {
          if name == "p" || name == "br" { flush() }
          continue
        }
        if Self.blockElements.contains(name) { flush() }
        while stack.count > index { pop() }
      }
    }
    flush()
  }

  private static func isHinted(_ attributes: [String: String]) -> Bool {
    for key in ["class", "id"] {
      guard let value = attributes[key] else { continue }
      for word in TextKeys.words(value) where hintWords.contains(word) { return true }
    }
    return false
  }

  /// The paragraphs of the article body.
  func paragraphs() -> [String] {
    let withoutHints = select(blocks.filter { !$0.isHinted })
    if withoutHints.map(\.count).reduce(0, +) >= 200 { return withoutHints }
    let all = select(blocks)
    return all.map(\.count).reduce(0, +) > withoutHints.map(\.count).reduce(0, +) ? all : withoutHints
  }

  private static let articleKinds: Set<String> = ["p", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "li", "div", "td", "section", "article", "dd"]

  private func select(_ candidates: [Block]) -> [String] {
    // 1. The <article> with the most text.
    var textByArticle: [Int: Int] = [:]
    for block in candidates { if let a = block.article { textByArticle[a, default: 0] += block.text.count } }
    if let (best, size) = textByArticle.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
      size >= 200
    {
      return candidates.filter { block in
        block.article == best && Self.articleKinds.contains(block.kind) && !isLinkList(block)
          && (block.kind != "li" || block.text.count >= 40)
      }.map(\.text)
    }
    // 2. The deepest container holding most of the paragraph text.
    let paragraphs = candidates.filter { ($0.kind == "p" || $0.kind == "blockquote") && !isLinkList($0) }
    let total = paragraphs.map(score).reduce(0, +)
    if total > 0 {
      var scoreByContainer: [Int: Int] = [:]
      var depthByContainer: [Int: Int] = [:]
      for block in paragraphs {
        for (depth, id) in block.ancestors.enumerated() {
          scoreByContainer[id, default: 0] += score(block)
          depthByContainer[id] = depth
        }
      }
      // A paragraph (or inline element) holding most of the text is not a container:
      // taking it would drop every other paragraph.
      let container = scoreByContainer.filter { $0.value * 10 >= total * 7 && !paragraphLevelIDs.contains($0.key) }
        .max(by: { (depthByContainer[$0.key] ?? 0) < (depthByContainer[$1.key] ?? 0) })?.key
      return paragraphs.filter { block in container.map { block.ancestors.contains($0) } ?? true }
        .map(\.text)
    }
    // 3. No paragraphs at all: every text block that is not a list of links.
    return candidates.filter { !isLinkList($0) }.map(\.text)
  }

  private func score(_ block: Block) -> Int { max(0, block.text.count - 2 * block.linkCharacters) }

  private func isLinkList(_ block: Block) -> Bool {
    block.linkCharacters * 2 > block.text.count && block.text.count < 200
  }
}
