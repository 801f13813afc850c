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
    /// The number of the innermost enclosing element (-1 when there is none); its
    /// ancestors are found through ``HTMLBodyExtraction/parents``.
    var element: Int
    var linkCharacters: Int
    /// Inside an element whose class, id or role suggests boilerplate.
    var isHinted: Bool
  }

  private(set) var blocks: [Block] = []
  /// The text of the first `<h1>`, wherever it is.
  private(set) var firstHeading: String?
  /// Whether elements nested deeper than ``maxDepth`` were flattened into their ancestor.
  private(set) var depthLimitReached = false
  /// Elements nested deeper than this are not opened: their text joins the deepest open
  /// element, so memory and time stay linear in the page's size whatever its nesting.
  static let maxDepth = 256
  /// Each element's parent (-1 at the top), depth, and last descendant, by element number.
  /// Numbers are given in document order, so an element's descendants are the numbers
  /// from its own up to its last descendant's.
  private var parents: [Int] = []
  private var depths: [Int] = []
  private var lastDescendants: [Int] = []
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
    /// The innermost block element's name at or above this one.
    var blockKind: String?
    /// The innermost `<article>`'s number at or above this one.
    var article: Int?
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
    var linkDepth = 0
    /// Open elements by name, so that an end tag with no open element costs nothing.
    var openByName: [String: Int] = [:]
    /// Start tags left unopened below ``maxDepth``, by name: their end tags close nothing.
    var unopenedByName: [String: Int] = [:]

    func flush() {
      let text = TextNormalization.singleLine(HTMLEntities.decode(buffer))
      if !text.isEmpty, skipDepth == 0 {
        let top = stack.last
        blocks.append(
          Block(text: text, kind: top?.blockKind ?? "body", article: top?.article, element: top?.id ?? -1,
            linkCharacters: min(linkChars, text.count), isHinted: hintDepth > 0))
      }
      buffer = ""
      linkChars = 0
    }
    func pop() {
      guard let element = stack.popLast() else { return }
      lastDescendants[element.id] = nextID - 1
      openByName[element.name, default: 1] -= 1
      if element.name == "a" { linkDepth -= 1 }
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
          if linkDepth > 0 { linkChars += text.count }
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
        if stack.count >= Self.maxDepth {
          depthLimitReached = true
          unopenedByName[name, default: 0] += 1
          continue
        }
        let hard = Self.hardSkip.contains(name) || attributes["hidden"] != nil
          || attributes["aria-hidden"] == "true"
          || ["navigation", "banner", "contentinfo", "complementary", "search"].contains(attributes["role"] ?? "")
        let hinted = Self.isHinted(attributes)
        if hard { skipDepth += 1 }
        if hinted { hintDepth += 1 }
        if name == "h1" && headingBuffer == nil && firstHeading == nil { headingBuffer = "" }
        if Self.paragraphLevel.contains(name) { paragraphLevelIDs.insert(nextID) }
        let parent = stack.last
        stack.append(
          Element(
            name: name, id: nextID, hardSkip: hard, hinted: hinted,
            blockKind: Self.blockElements.contains(name) ? name : parent?.blockKind,
            article: name == "article" ? nextID : parent?.article))
        parents.append(parent?.id ?? -1)
        depths.append(stack.count - 1)
        lastDescendants.append(Int.max)
        openByName[name, default: 0] += 1
        if name == "a" { linkDepth += 1 }
        nextID += 1
      case .end(let name):
        if let unopened = unopenedByName[name], unopened > 0 {
          unopenedByName[name] = unopened - 1
          if Self.blockElements.contains(name) { flush() }
          continue
        }
        guard openByName[name, default: 0] > 0, let index = stack.lastIndex(where: { $0.name == name }) else {
          if name == "p" || name == "br" { flush() }
          continue
        }
        if Self.blockElements.contains(name) { flush() }
        while stack.count > index { pop() }
      }
    }
    flush()
    for element in stack { lastDescendants[element.id] = nextID - 1 }
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
      // Each element's score is its paragraphs' plus its children's: children have
      // higher numbers than their parents, so one backward pass adds them up.
      var scoreByElement = [Int](repeating: 0, count: parents.count)
      for block in paragraphs where block.element >= 0 { scoreByElement[block.element] += score(block) }
      for id in scoreByElement.indices.reversed() where parents[id] >= 0 {
        scoreByElement[parents[id]] += scoreByElement[id]
      }
      // The deepest element holding most of the text. A paragraph (or inline element)
      // holding most of the text is not a container: taking it would drop every other paragraph.
      var container: Int?
      for id in scoreByElement.indices
      where scoreByElement[id] > 0 && scoreByElement[id] * 10 >= total * 7 && !paragraphLevelIDs.contains(id) {
        if container.map({ depths[id] > depths[$0] }) ?? true { container = id }
      }
      return paragraphs.filter { block in
        container.map { block.element >= $0 && block.element <= lastDescendants[$0] } ?? true
      }.map(\.text)
    }
    // 3. No paragraphs at all: every text block that is not a list of links.
    return candidates.filter { !isLinkList($0) }.map(\.text)
  }

  private func score(_ block: Block) -> Int { max(0, block.text.count - 2 * block.linkCharacters) }

  private func isLinkList(_ block: Block) -> Bool {
    block.linkCharacters * 2 > block.text.count && block.text.count < 200
  }
}
