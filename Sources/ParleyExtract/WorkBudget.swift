/// A limit on the work extraction may do for one file, counted in steps rather than
/// seconds so that whether a file is skipped does not depend on the machine or its load.
///
/// A step is a token read; each pair of sides an interaction is tried with costs
/// ``stepsPerPair`` steps (every pair can become a mention, which is kept until the end of
/// the run). Extraction of a sentence is bounded (sentences are at most
/// ``SentenceSplitter/maxSentenceScalars`` long), so the budget is checked between
/// sentences.
public struct WorkBudget: Sendable {
  /// The steps allowed.
  public var limit: Int
  /// The steps used so far.
  public private(set) var used = 0

  /// The default limit: 40 million steps, about 40 MB of dense news text with a mention in
  /// every sentence (2 MB of such text takes about 2 million), twice the default size limit.
  public static let defaultLimit = 40_000_000

  /// What a pair of sides costs, in steps.
  public static let stepsPerPair = 50

  /// No limit.
  public static var unlimited: WorkBudget { WorkBudget(limit: .max) }

  /// Creates a budget of `limit` steps.
  public init(limit: Int = WorkBudget.defaultLimit) { self.limit = limit }

  /// Whether more steps were used than allowed.
  public var isExhausted: Bool { used > limit }

  /// Counts `steps` more.
  mutating func charge(_ steps: Int) {
    used = used > Int.max - steps ? Int.max : used + steps
  }
}
