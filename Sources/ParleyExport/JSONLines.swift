import Foundation

/// JSON Lines: one compact JSON object a line, UTF-8, keys in declaration order.
public enum JSONLines {
  /// The JSON Lines text for `values` (empty for no values).
  /// - Throws: `EncodingError` when a value cannot be encoded.
  public static func encode<T: Encodable>(_ values: [T]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    var out = ""
    for value in values {
      out += String(decoding: try encoder.encode(value), as: UTF8.self)
      out += "\n"
    }
    return out
  }
}
