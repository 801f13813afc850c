/// What a ``GraphView`` kept of a graph and what it cut, for captions and stderr.
public struct ViewSummary: Sendable, Hashable {
  /// Actors in the viewed graph.
  public var actors: Int
  /// Actors at the view's level before any filter.
  public var totalActors: Int
  /// Pairs of two different actors in the viewed graph.
  public var pairs: Int
  /// Such pairs at the view's level before any filter.
  public var totalPairs: Int
  /// Events in the viewed graph.
  public var events: Int
  /// Events of the whole graph.
  public var totalEvents: Int
  /// The options that left something out (`--top`, `--from/--to`, …), sorted.
  public var cutBy: [String]
  /// The view's settings in words (``GraphView/settings``).
  public var settings: [String]

  /// Whether the view left anything out.
  public var isCut: Bool { !cutBy.isEmpty }

  /// One line: "showing 40 of 1,224 actors and 210 of 3,149 pairs (country level,
  /// occurred); --top, --status to change", or "showing all 40 actors and 210 pairs" when
  /// nothing was cut.
  public var description: String {
    var text: String
    if isCut {
      text = "showing \(Self.grouped(actors)) of \(Self.grouped(totalActors)) actors and \(Self.grouped(pairs)) of \(Self.grouped(totalPairs)) pairs"
    } else {
      text = "showing all \(Self.grouped(actors)) actors and \(Self.grouped(pairs)) pairs"
    }
    if !settings.isEmpty { text += " (" + settings.joined(separator: "; ") + ")" }
    if isCut { text += "; " + cutBy.map { $0.replacingOccurrences(of: "/", with: ", ") }.joined(separator: ", ") + " to change" }
    return text
  }

  /// For a picture's caption: the view's settings and, when it cut, the folder's totals
  /// ("country level; occurred; top 40; of 1,182 actors and 3,149 pairs in all"); nil for
  /// the identity view.
  public var pictureNote: String? {
    guard !settings.isEmpty || isCut else { return nil }
    var parts = settings
    if isCut { parts.append("of \(Self.grouped(totalActors)) actors and \(Self.grouped(totalPairs)) pairs in all") }
    return parts.joined(separator: "; ")
  }

  /// A count with thousands separators: 1,224 (shared with the pictures' captions).
  public static func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }
}
