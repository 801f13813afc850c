import Foundation

/// JSON Lines: one compact JSON object a line, UTF-8, keys in declaration order.
public enum JSONLines {
  /// The JSON Lines text for `values` (empty for no values).
  /// - Throws: `EncodingError` when a value cannot be encoded.
  public static func encode<T: Encodable>(_ values: [T]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    var out = ""
    try encode(values) { out += $0 }
    return out
  }

  /// Hands the JSON Lines text for `values` to `emit` in pieces of about 1 MiB, so that the
  /// text of many values is never held whole.
  /// - Throws: `EncodingError` when a value cannot be encoded, or what `emit` throws.
  public static func encode<T: Encodable>(_ values: [T], emit: (String) throws -> Void) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    var piece = ""
    for value in values {
      piece += String(decoding: try encoder.encode(value), as: UTF8.self)
      piece += "\n"
      if piece.utf8.count >= 1 << 20 {
        try emit(piece)
        piece = ""
      }
    }
    if !piece.isEmpty { try emit(piece) }
  }
}
