import ParleyIngest

/// Finds temporal expressions in English news text and normalises them to TimeML TIMEX3
/// values relative to the article date.
///
/// The tagger is rule based: it tokenises the text once, tries its pattern families at each
/// token and keeps the longest match. Underspecified expressions ("Friday", "April 25") are
/// resolved with the tense of the surrounding sentence. It is a value type with no state, so
/// one instance can be shared across threads.
public struct TimeTagger: Sendable {
  /// Creates a tagger.
  public init() {}

  /// All temporal expressions in `text`, in order and non-overlapping.
  /// - Parameters:
  ///   - text: the text to scan; offsets in the result count its Unicode scalars.
  ///   - anchor: the article date. When nil, relative values stay unresolved with `X`s
  ///     (for example `XXXX-04-25`).
  /// - Returns: the expressions with their TIMEX3 type and value.
  /// - Complexity: O(*n*) in the length of `text`.
  public func expressions(in text: String, anchor: CivilDate?) -> [TimeExpression] {
    guard !text.isEmpty else { return [] }
    let tokens = TimeTokenizer.tokens(of: text)
    let parser = TimeParser(tokens: tokens, anchor: anchor)
    let matches = parser.matches()
    guard !matches.isEmpty else { return [] }
    let scalars = Array(text.unicodeScalars)
    return matches.map { m in
      let start = tokens[m.first].start
      let end = tokens[m.last].end
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      return TimeExpression(start: start, end: end, text: String(view), type: m.type, value: m.value)
    }
  }
}
