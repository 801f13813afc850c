import ParleyExtract
import ParleyIngest

/// Merges mentions that report the same event: same type, participants,
/// direction and status, and a compatible date. Mentions dated only by their
/// article's date join an event with a text date up to three days before it.
public struct EventMerger: Sendable {
  /// Creates a merger.
  public init() {}

  /// The events of `mentions` (canonical actors expected), sorted by date, source, target, type.
  /// - Complexity: O(*m* log *m*).
  public func merge(_ mentions: [Mention]) -> [Event] {
    var groups: [String: [Mention]] = [:]
    for m in mentions {
      let key = [m.type.rawValue, m.source.id, m.target.id, m.reciprocal ? "r" : "d", m.status.rawValue]
        .joined(separator: "|")
      groups[key, default: []].append(m)
    }
    var events: [Event] = []
    for key in groups.keys.sorted() {
      guard let group = groups[key] else { continue }
      // Text-dated mentions first, by date; article-dated and undated ones attach afterwards.
      let precise = group.filter { $0.date != nil && $0.datePrecision != "article" }
        .sorted { ($0.date!, $0.article, $0.sentence) < ($1.date!, $1.article, $1.sentence) }
      var clusters: [[Mention]] = []
      for m in precise {
        if let last = clusters.last?.first?.date, last == m.date {
          clusters[clusters.count - 1].append(m)
        } else {
          clusters.append([m])
        }
      }
      let loose = group.filter { $0.date == nil || $0.datePrecision == "article" }
        .sorted { ($0.article, $0.sentence) < ($1.article, $1.sentence) }
      for m in loose {
        let target = clusters.lastIndex { cluster in
          guard let day = cluster.first?.date else { return false }
          if let published = m.articleDate {
            return day <= published && day >= published.adding(days: -3)
          }
          return cluster.contains { $0.article == m.article }
        }
        if let target {
          clusters[target].append(m)
        } else if let same = clusters.lastIndex(where: {
          $0.first?.datePrecision == m.datePrecision && $0.first?.date == m.date
            && $0.first?.dateValue == m.dateValue
        }) {
          clusters[same].append(m)
        } else {
          clusters.append([m])
        }
      }
      events += clusters.map(event)
    }
    return events.sorted {
      ($0.date?.description ?? "9999", $0.source, $0.target, $0.type.rawValue, $0.id)
        < ($1.date?.description ?? "9999", $1.source, $1.target, $1.type.rawValue, $1.id)
    }
  }

  private func event(_ cluster: [Mention]) -> Event {
    let first = cluster[0]
    let ordered = cluster.sorted { ($0.article, $0.sentence) < ($1.article, $1.sentence) }
    var evidence: [String] = []
    for m in ordered where !evidence.contains(m.evidence) { evidence.append(m.evidence) }
    let modes = cluster.compactMap(\.mode)
    let mode = Set(modes).sorted().max { a, b in
      modes.filter { $0 == a }.count < modes.filter { $0 == b }.count
    }
    let dateText = first.date?.description ?? first.dateValue ?? "undated"
    var id = [first.type.rawValue.lowercased(), dateText, first.source.id, first.target.id]
      .joined(separator: "-")
    if first.status != .occurred { id += "-" + first.status.rawValue }
    if !first.reciprocal { id += "-directed" }
    return Event(
      id: id, type: first.type, mode: mode, date: first.date, datePrecision: first.datePrecision,
      dateValue: first.date == nil ? first.dateValue : nil, status: first.status, source: first.source.id, target: first.target.id,
      reciprocal: first.reciprocal, mentions: cluster.count,
      articles: Set(cluster.map(\.article)).sorted(), evidence: evidence)
  }
}
