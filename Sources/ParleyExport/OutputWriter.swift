import Foundation
import ParleyGraph

/// Writes the data files of a run into an output folder.
public struct OutputWriter: Sendable {
  /// The folder written into (created when missing).
  public var directory: String

  /// Creates a writer for `directory`.
  public init(directory: String) { self.directory = directory }

  /// Creates the folder if needed.
  /// - Throws: A file-system error, e.g. when `directory` is a file.
  public func prepare() throws {
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true, attributes: nil)
  }

  /// Writes `mentions.jsonl`, `events.jsonl` and `actors.jsonl`.
  /// - Throws: Encoding or file-system errors.
  public func writeData(of graph: EventGraph) throws {
    try write(JSONLines.encode(graph.mentions), named: "mentions.jsonl")
    try write(JSONLines.encode(graph.events), named: "events.jsonl")
    try write(JSONLines.encode(graph.actors), named: "actors.jsonl")
  }

  /// Writes `text` to `name` in the folder, atomically.
  /// - Throws: A file-system error.
  public func write(_ text: String, named name: String) throws {
    try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(name))
  }
}
