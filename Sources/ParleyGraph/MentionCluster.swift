import ParleyExtract
import ParleyIngest

/// How a mention is dated, as far as merging goes.
enum MentionDate: Equatable {
  /// A day the text gave.
  case day
  /// A week, month or year the text gave ("2025-W17", "2025-04", "2025") and its days.
  case coarse(String, ClosedRange<Int>)
  /// Only the article's date.
  case article
  /// No date at all.
  case none

  init(_ m: Mention) {
    if m.datePrecision == "article", m.articleDate != nil {
      self = .article
    } else if m.date != nil {
      self = .day
    } else if let value = m.dateValue, let span = DateSpan.days(date: nil, value: value) {
      self = .coarse(value, span)
    } else {
      self = .none
    }
  }

  /// The date as the text gave it ("2025-04-27", "2025-04"), nil for article-dated and
  /// undated mentions.
  static func text(of m: Mention) -> String? {
    switch MentionDate(m) {
    case .day: return m.date?.description
    case .coarse(let value, _): return value
    case .article, .none: return nil
    }
  }
}

/// Mentions of one group that report one event, and the date they were merged on.
struct MentionCluster {
  /// What the cluster's date is.
  enum Anchor: Equatable {
    case day(CivilDate)
    case coarse(String, ClosedRange<Int>)
    case article(CivilDate)
    case none

    /// The day numbers the date covers; nil for undated clusters.
    var span: ClosedRange<Int>? {
      switch self {
      case .day(let d), .article(let d): return d.dayNumber...d.dayNumber
      case .coarse(_, let span): return span
      case .none: return nil
      }
    }
  }

  var anchor: Anchor
  var mentions: [Mention]
}
