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

  /// Writes `mentions.jsonl`, `events.jsonl` and `actors.jsonl`, their CSV twins
  /// (`mentions.csv`, `events.csv`, `actors.csv`) and the graph files `graph.graphml`,
  /// `graph.gexf` and `graph.json`.
  /// - Throws: Encoding or file-system errors.
  public func writeData(of graph: EventGraph) throws {
    try write(JSONLines.encode(graph.mentions), named: "mentions.jsonl")
    try write(JSONLines.encode(graph.events), named: "events.jsonl")
    try write(JSONLines.encode(graph.actors), named: "actors.jsonl")
    try write(CSVExport.mentions(of: graph), named: "mentions.csv")
    try write(CSVExport.events(of: graph), named: "events.csv")
    try write(CSVExport.actors(of: graph), named: "actors.csv")
    try write(GraphMLExport.document(for: graph), named: "graph.graphml")
    try write(GEXFExport.document(for: graph), named: "graph.gexf")
    try write(NodeLinkExport.document(for: graph), named: "graph.json")
  }

  /// Writes `text` to `name` in the folder, atomically.
  /// - Throws: A file-system error.
  public func write(_ text: String, named name: String) throws {
    try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(name))
  }
}
