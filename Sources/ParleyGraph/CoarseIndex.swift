import ParleyExtract

/// The week, month and year clusters of a group while they are built: a mention joins the
/// cluster of its own value, else the first finer one inside its span (by start day).
/// - Complexity: O(log *c*) a lookup for *c* clusters (a sorted insert moves memory only).
struct CoarseIndex {
  private var byValue: [String: Int] = [:]
  /// (first day, last day, cluster index), sorted.
  private var sorted: [(lower: Int, upper: Int, index: Int)] = []

  /// Adds `m` to its cluster in `clusters`, or starts one.
  mutating func add(_ m: Mention, _ value: String, _ span: ClosedRange<Int>, to clusters: inout [MentionCluster]) {
    if let i = byValue[value] {
      clusters[i].mentions.append(m)
      return
    }
    var k = insertionPoint(span.lowerBound)
    while k < sorted.count, sorted[k].lower <= span.upperBound {
      if sorted[k].upper <= span.upperBound {
        clusters[sorted[k].index].mentions.append(m)
        return
      }
      k += 1
    }
    let index = clusters.count
    clusters.append(MentionCluster(anchor: .coarse(value, span), mentions: [m]))
    byValue[value] = index
    let at = insertionPoint(span.lowerBound)
    sorted.insert((span.lowerBound, span.upperBound, index), at: at)
  }

  /// The first position whose first day is at least `day`.
  private func insertionPoint(_ day: Int) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid].lower < day { low = mid + 1 } else { high = mid }
    }
    return low
  }
}

/// Finished week, month and year clusters, for lookups by day in O(log *c*).
struct CoarseSpans {
  /// Spans sorted by first day, then last day, then cluster index.
  private let spans: [(span: ClosedRange<Int>, index: Int)]
  /// For each position, the span ending latest among the spans up to it (the earlier on ties).
  private let latest: [Int]

  init(_ clusters: [MentionCluster]) {
    spans = clusters.enumerated().compactMap { i, c in c.anchor.span.map { ($0, i) } }.sorted {
      ($0.span.lowerBound, $0.span.upperBound, $0.index) < ($1.span.lowerBound, $1.span.upperBound, $1.index)
    }
    var latest: [Int] = []
    latest.reserveCapacity(spans.count)
    for k in spans.indices {
      if let previous = latest.last, spans[previous].span.upperBound >= spans[k].span.upperBound {
        latest.append(previous)
      } else {
        latest.append(k)
      }
    }
    self.latest = latest
  }

  /// The cluster ending latest among those starting on or before `day`.
  func latestEnding(startingBy day: Int) -> (index: Int, span: ClosedRange<Int>)? {
    let k = firstPosition(startingAfter: day) - 1
    guard k >= 0 else { return nil }
    let best = spans[latest[k]]
    return (best.index, best.span)
  }

  /// The first cluster starting after `day`.
  func firstStarting(after day: Int) -> (index: Int, span: ClosedRange<Int>)? {
    let k = firstPosition(startingAfter: day)
    return k < spans.count ? (spans[k].index, spans[k].span) : nil
  }

  private func firstPosition(startingAfter day: Int) -> Int {
    var low = 0
    var high = spans.count
    while low < high {
      let mid = (low + high) / 2
      if spans[mid].span.lowerBound <= day { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
