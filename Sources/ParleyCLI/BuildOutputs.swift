import ParleyExport
import ParleyGraph
import ParleyRender

/// Everything `parley build` writes for a graph: the data files, both diagrams' DOT
/// sources and their SVGs.
enum BuildOutputs {
  /// Writes all outputs of `graph` into `directory` (created when missing).
  /// - Throws: File-system, encoding or ``GraphvizError`` errors.
  static func write(_ graph: EventGraph, to directory: String) throws {
    let writer = OutputWriter(directory: directory)
    try writer.prepare()
    try writer.writeData(of: graph)
    let network = NetworkDiagram(graph: graph)
    let timeline = TimelineDiagram(graph: graph)
    try writer.write(network.dot(), named: "network.dot")
    try writer.write(timeline.dot(), named: "timeline.dot")
    try writer.write(network.svg(), named: "network.svg")
    try writer.write(timeline.svg(), named: "timeline.svg")
  }
}
