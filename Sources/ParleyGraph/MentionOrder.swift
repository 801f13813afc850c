import Foundation
import ParleyExtract

/// A total order on mentions as the extractor found them, so that a graph does not depend
/// on the order its mentions arrive in: the same mentions from one run or from shards
/// merged in any order give the same canonical actors, events and bytes.
enum MentionOrder {
  /// `mentions` sorted by article, sentence, participants, type, status, trigger and
  /// dates, then by every remaining field (only identical mentions tie).
  /// - Complexity: O(*m* log *m*); each mention's key is computed once.
  static func sorted(_ mentions: [Mention]) -> [Mention] {
    let keyed = mentions.map { (key: key($0), mention: $0) }
    return keyed.sorted { a, b in
      if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key, by: precedes) }
      return encoded(a.mention).lexicographicallyPrecedes(encoded(b.mention))
    }.map(\.mention)
  }

  private static func precedes(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// The fields that tell most mentions apart, the sentence index zero-padded.
  private static func key(_ m: Mention) -> [String] {
    let sentence = String(m.sentence)
    return [
      m.article, String(repeating: "0", count: max(0, 12 - sentence.count)) + sentence,
      m.source.id, m.target.id, m.type.rawValue, m.status.rawValue, m.trigger,
      m.date?.description ?? "", m.dateValue ?? "", m.datePrecision ?? "", m.dateText ?? "",
      m.mode ?? "", m.reciprocal ? "r" : "d", m.source.name, m.target.name, m.evidence,
    ]
  }

  /// The whole mention as sorted-key JSON, for the rare ties of ``key(_:)``.
  private static func encoded(_ m: Mention) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? Array(encoder.encode(m))) ?? []
  }
}
