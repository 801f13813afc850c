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

  /// The data files of a run, by name: `mentions.jsonl`, `events.jsonl` and `actors.jsonl`,
  /// their CSV twins (`mentions.csv`, `events.csv`, `actors.csv`) and the graph files
  /// `graph.graphml`, `graph.gexf` and `graph.json`.
  /// - Throws: Encoding errors.
  public static func dataFiles(of graph: EventGraph) throws -> [(name: String, text: String)] {
    [
      ("mentions.jsonl", try JSONLines.encode(graph.mentions)),
      ("events.jsonl", try JSONLines.encode(graph.events)),
      ("actors.jsonl", try JSONLines.encode(graph.actors)),
      ("mentions.csv", CSVExport.mentions(of: graph)),
      ("events.csv", CSVExport.events(of: graph)),
      ("actors.csv", CSVExport.actors(of: graph)),
      ("graph.graphml", GraphMLExport.document(for: graph)),
      ("graph.gexf", GEXFExport.document(for: graph)),
      ("graph.json", try NodeLinkExport.document(for: graph)),
    ]
  }

  /// Writes every file of ``dataFiles(of:)`` into the folder.
  /// - Throws: Encoding or file-system errors.
  public func writeData(of graph: EventGraph) throws {
    for file in try Self.dataFiles(of: graph) { try write(file.text, named: file.name) }
  }

  /// Writes `text` to `name` in the folder, atomically.
  /// - Throws: A file-system error.
  public func write(_ text: String, named name: String) throws {
    try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(name))
  }
}
