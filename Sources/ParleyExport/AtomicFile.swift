import Foundation

/// Writes files so that readers see either the old or the new content, never a half-written file.
public enum AtomicFile {
  /// Writes `data` to `path` through a temporary file in the same folder and a rename.
  /// - Throws: The underlying file-system error.
  public static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try data.write(to: url, options: .atomic)
  }

  /// Writes `text` as UTF-8.
  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }
}
