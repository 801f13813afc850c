/// The mentions an article gave before the current sentence, indexed so that looking back
/// for an antecedent costs no scan of the whole article (an article of 200,000 sentences
/// made every sentence scan, and copy, all the mentions before it).
struct EarlierMentions: Sendable {
  /// Every mention so far, in sentence order.
  private(set) var all: [Mention] = []
  /// The position in ``all`` of the last dated occurred mention of each pair and type.
  private var lastDated: [PairKey: Int] = [:]

  private struct PairKey: Hashable {
    var low: String
    var high: String
    var type: InteractionType

    init(_ a: String, _ b: String, _ type: InteractionType) {
      (low, high) = a < b ? (a, b) : (b, a)
      self.type = type
    }
  }

  /// Appends the mentions of the next sentence.
  mutating func append(contentsOf mentions: [Mention]) {
    for mention in mentions {
      if mention.date != nil && mention.status == .occurred {
        lastDated[PairKey(mention.source.id, mention.target.id, mention.type)] = all.count
      }
      all.append(mention)
    }
  }

  /// The last dated, occurred mention of `type` between `a` and `b` (either way round).
  func lastDatedOccurred(between a: String, _ b: String, type: InteractionType) -> Mention? {
    lastDated[PairKey(a, b, type)].map { all[$0] }
  }

  /// The last mention matching `predicate` among those at most `distance` sentences before
  /// sentence `index` (mentions are in sentence order, so the scan stops there).
  func last(within distance: Int, of index: Int, where predicate: (Mention) -> Bool) -> Mention? {
    for mention in all.reversed() {
      if index - mention.sentence > distance { return nil }
      if predicate(mention) { return mention }
    }
    return nil
  }
}
