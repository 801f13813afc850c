/// Removes whole paragraphs that repeat an earlier one (or the headline).
enum ParagraphDeduplication {
  /// Keeps each paragraph once, at its first occurrence. Two paragraphs are the
  /// same when their words match ignoring case, whitespace and punctuation.
  /// Only whole paragraphs are compared, so a sentence quoted again inside a
  /// longer paragraph stays.
  /// - Parameters:
  ///   - paragraphs: The body, in order.
  ///   - title: The headline; body lines that merely repeat it are dropped.
  /// - Returns: The body without repeats.
  static func deduplicate(_ paragraphs: [String], title: String?) -> [String] {
    var seen = Set<String>()
    if let title {
      let key = TextKeys.comparisonKey(title)
      if !key.isEmpty { seen.insert(key) }
    }
    var result: [String] = []
    result.reserveCapacity(paragraphs.count)
    for paragraph in paragraphs {
      let key = TextKeys.comparisonKey(paragraph)
      if key.isEmpty || seen.insert(key).inserted { result.append(paragraph) }
    }
    return result
  }
}
