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

  /// The names of the data files of a run: `mentions.jsonl`, `events.jsonl` and
  /// `actors.jsonl`, their CSV twins and the graph files `graph.graphml`, `graph.gexf` and
  /// `graph.json`, in the order ``dataFiles(of:write:)`` makes them.
  public static let dataFileNames = [
    "mentions.jsonl", "events.jsonl", "actors.jsonl", "mentions.csv", "events.csv", "actors.csv",
    "graph.graphml", "graph.gexf", "graph.json",
  ]

  /// Makes the data files of a run one at a time (named as in ``dataFileNames``), handing
  /// each to `write` as a function that emits its text in pieces; a file is made only when
  /// `write` calls that function, so a large run never holds two files in memory.
  /// - Throws: Encoding errors, or what `write` throws.
  public static func dataFiles(
    of graph: EventGraph,
    write: (_ name: String, _ produce: (_ emit: (String) throws -> Void) throws -> Void) throws -> Void
  ) throws {
    try write("mentions.jsonl") { try JSONLines.encode(graph.mentions, emit: $0) }
    try write("events.jsonl") { try JSONLines.encode(graph.events, emit: $0) }
    try write("actors.jsonl") { try JSONLines.encode(graph.actors, emit: $0) }
    try write("mentions.csv") { try $0(CSVExport.mentions(of: graph)) }
    try write("events.csv") { try $0(CSVExport.events(of: graph)) }
    try write("actors.csv") { try $0(CSVExport.actors(of: graph)) }
    try write("graph.graphml") { try $0(GraphMLExport.document(for: graph)) }
    try write("graph.gexf") { try $0(GEXFExport.document(for: graph)) }
    try write("graph.json") { try $0(try NodeLinkExport.document(for: graph)) }
  }

  /// Writes every file of ``dataFiles(of:write:)`` into the folder.
  /// - Throws: Encoding or file-system errors.
  public func writeData(of graph: EventGraph) throws {
    try Self.dataFiles(of: graph) { name, produce in
      var text = ""
      try produce { text += $0 }
      try write(text, named: name)
    }
  }

  /// Writes `text` to `name` in the folder, atomically.
  /// - Throws: A file-system error.
  public func write(_ text: String, named name: String) throws {
    try AtomicFile.write(text, to: (directory as NSString).appendingPathComponent(name))
  }
}
