/// Recognises identical and near-identical copies across articles
/// (syndication, re-scrapes of the same page).
///
/// Each registered article keeps a 64-bit hash of its normalised body and a
/// bottom-k sketch (the 128 smallest hashes of its word 5-grams), so memory
/// stays bounded (about 1 KiB per article) whatever the article length.
/// Candidates are found through an index of each sketch's 8 smallest hashes
/// (at most ``maxBucket`` articles under each, at most ``maxCandidates`` compared,
/// so that detection stays linear when many articles share a phrase)
/// and confirmed by the sketch estimate of Jaccard similarity.
public struct DuplicateDetector: Sendable {
  /// The Jaccard similarity (0…1) from which an article counts as a copy.
  public let threshold: Double

  private static let sketchSize = 128
  private static let indexedPerSketch = 8
  private static let shingleLength = 5
  /// At most this many articles are kept under one sketch minimum, and at most
  /// ``maxCandidates`` are compared with each new article: articles sharing one phrase
  /// (a template, a boilerplate line) would otherwise make detection quadratic.
  static let maxBucket = 16
  static let maxCandidates = 48

  /// What the detector keeps of an article: its content hash and sketch (about 1 KiB at
  /// most), so that articles can be compared after their text is gone.
  public struct Fingerprint: Sendable, Hashable {
    /// The hash of the normalised body.
    public var contentHash: UInt64
    /// The smallest hashes of the word 5-grams, ascending.
    var sketch: [UInt64]
    /// The number of distinct word 5-grams.
    var shingles: Int

    /// The fingerprint of an article's body (its title when it has no body).
    public init(of article: Article) {
      let key = DuplicateDetector.comparisonText(of: article)
      contentHash = DuplicateDetector.fnv1a(key.utf8)
      (sketch, shingles) = DuplicateDetector.sketchAndCount(key)
    }
  }

  private var pathByContentHash: [UInt64: String] = [:]
  private var entries: [(path: String, sketch: [UInt64], shingles: Int)] = []
  private var entriesByMinHash: [UInt64: [Int32]] = [:]

  /// Creates a detector.
  /// - Parameter threshold: The word 5-gram Jaccard similarity from which an
  ///   article is a near-identical copy (default 0.9).
  public init(threshold: Double = 0.9) {
    self.threshold = threshold
  }

  /// Finds the earlier article that `article` copies, or registers it as new.
  /// - Parameter article: The next article, in a stable order.
  /// - Returns: The path of an earlier-registered article with the same
  ///   normalised body, or with a shingle Jaccard similarity ≥ ``threshold``;
  ///   nil after registering `article` as an original.
  /// - Complexity: O(*n* log *k*) in the article's word count *n*, plus at most
  ///   ``maxCandidates`` sketch comparisons.
  public mutating func original(of article: Article) -> String? {
    original(of: Fingerprint(of: article), path: article.path)
  }

  /// Finds the earlier article that the one with `fingerprint` copies, or registers it
  /// under `path` as new.
  public mutating func original(of fingerprint: Fingerprint, path: String) -> String? {
    if let earlier = pathByContentHash[fingerprint.contentHash] { return earlier }
    let sketch = fingerprint.sketch
    var checked = Set<Int32>()
    search: for value in sketch.prefix(Self.indexedPerSketch) {
      for candidate in entriesByMinHash[value] ?? [] where checked.insert(candidate).inserted {
        let other = entries[Int(candidate)]
        let jaccard = Self.similarity(sketch, other.sketch)
        if jaccard >= threshold
          || Self.isContained(jaccard: jaccard, fingerprint.shingles, other.shingles, threshold: threshold)
        {
          return other.path
        }
        if checked.count >= Self.maxCandidates { break search }
      }
    }
    pathByContentHash[fingerprint.contentHash] = path
    let id = Int32(entries.count)
    entries.append((path, sketch, fingerprint.shingles))
    for value in sketch.prefix(Self.indexedPerSketch) where entriesByMinHash[value, default: []].count < Self.maxBucket {
      entriesByMinHash[value, default: []].append(id)
    }
    return nil
  }

  /// One article given to ``copies(among:threshold:)``.
  public struct Candidate: Sendable {
    public var path: String
    public var date: CivilDate?
    public var fingerprint: Fingerprint

    /// Creates a candidate.
    public init(path: String, date: CivilDate?, fingerprint: Fingerprint) {
      self.path = path
      self.date = date
      self.fingerprint = fingerprint
    }
  }

  /// Which articles copy which, independent of their order and of file names: of a set
  /// of copies the one with the earliest date is kept (undated last), then the one with
  /// the smallest content hash; the path decides only between identical bodies.
  /// - Returns: For each copy's index in `candidates`, the index of the article kept.
  /// - Complexity: O(*n* log *n*) in the number of articles, plus the sketches' costs.
  public static func copies(among candidates: [Candidate], threshold: Double = 0.9) -> [Int: Int] {
    let order = candidates.indices.sorted { a, b in
      let x = candidates[a]
      let y = candidates[b]
      if x.date != y.date {
        guard let dx = x.date else { return false }
        guard let dy = y.date else { return true }
        return dx < dy
      }
      if x.fingerprint.contentHash != y.fingerprint.contentHash {
        return x.fingerprint.contentHash < y.fingerprint.contentHash
      }
      if x.path != y.path { return x.path < y.path }
      return a < b
    }
    var detector = DuplicateDetector(threshold: threshold)
    var result: [Int: Int] = [:]
    for index in order {
      let candidate = candidates[index]
      // Paths can repeat (records of one JSON file): the detector is keyed by the index.
      if let original = detector.original(of: candidate.fingerprint, path: String(index)) {
        result[index] = Int(original)
      }
    }
    return result
  }

  /// The body's comparison words joined by single spaces (the title when there is no body).
  static func comparisonText(of article: Article) -> String {
    let source = article.paragraphs.isEmpty ? [article.title ?? ""] : article.paragraphs
    return source.map { TextKeys.comparisonKey($0) }.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// Whether one text holds nearly all of the other: a copy with a trailer or a
  /// credit line added ("first published by …"). The overlap is estimated from the
  /// Jaccard similarity and the two shingle counts; a short text quoted in a much
  /// longer one is not a copy (the Jaccard similarity must stay high too).
  static func isContained(jaccard: Double, _ a: Int, _ b: Int, threshold: Double) -> Bool {
    guard jaccard >= threshold - 0.15, a > 0, b > 0 else { return false }
    let shared = jaccard * Double(a + b) / (1 + jaccard)
    return shared / Double(min(a, b)) >= threshold + 0.05
  }

  /// The `sketchSize` smallest distinct hashes of the word 5-grams, ascending.
  static func sketch(_ text: String) -> [UInt64] { sketchAndCount(text).sketch }

  /// The sketch and the number of distinct word 5-grams.
  static func sketchAndCount(_ text: String) -> (sketch: [UInt64], shingles: Int) {
    let wordHashes = text.utf8.split(separator: 0x20).map { fnv1a($0) }
    var hashes = Set<UInt64>()
    if wordHashes.count < shingleLength {
      hashes.insert(wordHashes.reduce(0x9E37_79B9_7F4A_7C15) { mix($0 ^ $1) })
    } else {
      for start in 0...(wordHashes.count - shingleLength) {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for k in start..<(start + shingleLength) { h = mix(h ^ wordHashes[k]) }
        hashes.insert(h)
      }
    }
    return (Array(hashes.sorted().prefix(sketchSize)), hashes.count)
  }

  /// The bottom-k estimate of the Jaccard similarity of two sketches.
  static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
    let k = min(sketchSize, Set(a).union(b).count)
    guard k > 0 else { return 1 }
    var i = 0
    var j = 0
    var taken = 0
    var shared = 0
    while taken < k && (i < a.count || j < b.count) {
      if j >= b.count || (i < a.count && a[i] < b[j]) {
        i += 1
      } else if i >= a.count || b[j] < a[i] {
        j += 1
      } else {
        shared += 1
        i += 1
        j += 1
      }
      taken += 1
    }
    return Double(shared) / Double(k)
  }

  static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// SplitMix64 finaliser.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
