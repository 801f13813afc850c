import CGraphviz
import Foundation
import Synchronization

/// Errors from laying out and rendering a graph with Graphviz.
public enum GraphvizError: Error, LocalizedError, Equatable, Sendable {
  /// The DOT text did not parse; the message is Graphviz's.
  case syntax(String)
  /// Layout failed.
  case layout(String)
  /// Rendering failed; the message is Graphviz's.
  case render(String)

  public var errorDescription: String? {
    switch self {
    case .syntax(let m): return "Graphviz could not parse the graph: \(m)"
    case .layout(let m): return "Graphviz could not lay out the graph: \(m)"
    case .render(let m):
      if m.contains("unavailable") || m.contains("not recognized") {
        return "Graphviz has no SVG renderer (\(m)). Its plugin configuration may be missing: run `dot -c` as root, or reinstall libgvc6."
      }
      return "Graphviz could not render the graph: \(m)"
    }
  }
}

/// The one door to the Graphviz C library.
///
/// Graphviz is not thread-safe (its DOT parser and cdt trees keep global
/// state), so every call goes through one process-wide lock, and one
/// long-lived `GVC_t` is used behind it. No C pointer leaves this type.
public enum Graphviz {
  /// A long-lived Graphviz context, only touched while holding ``lock``.
  fileprivate final class State: @unchecked Sendable {
    let context: OpaquePointer?
    var messages: [String] = []
    init() {
      context = gvContext()
      _ = agseterrf(graphvizErrorHandler)
      _ = agseterr(AGWARN)
    }
  }

  private static let lock = Mutex<State?>(nil)

  /// Lays out `dot` with `engine` ("dot", "neato", ...) and renders it as `format` ("svg").
  /// - Throws: ``GraphvizError`` with Graphviz's own message.
  /// - Returns: The rendered bytes as a string.
  public static func render(dot: String, engine: String = "dot", format: String = "svg") throws
    -> String
  {
    try renderWithMessages(dot: dot, engine: engine, format: format).output
  }

  /// Lays out `dot` with `engine` and renders it as `format` ("png", "pdf", "svg", …),
  /// returning the bytes as they are (for binary formats).
  /// - Throws: ``GraphvizError`` with Graphviz's own message.
  /// A PDF's creation and modification dates (cairo writes the clock's) are set to
  /// 1970-01-01, so that the same drawing gives the same bytes.
  public static func renderBytes(dot: String, engine: String = "dot", format: String) throws -> [UInt8] {
    let bytes = try renderBytesWithMessages(dot: dot, engine: engine, format: format).output
    return format.hasPrefix("pdf") ? PDFDates.fixed(bytes) : bytes
  }

  /// Whether this Graphviz removes overlaps with `overlap=prism` (it needs GTS); probed once.
  public static let hasPrism: Bool = {
    guard let result = try? renderWithMessages(dot: "graph { overlap=prism; a -- b; b -- c; c -- a }", engine: "neato", format: "svg")
    else { return false }
    return !result.messages.lowercased().contains("prism")
  }()

  /// Like ``render(dot:engine:format:)``, also returning Graphviz's warnings.
  static func renderWithMessages(dot: String, engine: String, format: String) throws
    -> (output: String, messages: String)
  {
    let result = try renderBytesWithMessages(dot: dot, engine: engine, format: format)
    return (String(decoding: result.output, as: UTF8.self), result.messages)
  }

  /// Like ``renderBytes(dot:engine:format:)``, also returning Graphviz's warnings.
  static func renderBytesWithMessages(dot: String, engine: String, format: String) throws
    -> (output: [UInt8], messages: String)
  {
    try lock.withLock { slot -> (output: [UInt8], messages: String) in
      let state = slot ?? State()
      slot = state
      currentState = state
      defer { currentState = nil }
      state.messages.removeAll()
      agreseterrors()
      guard let context = state.context else { throw GraphvizError.render("no Graphviz context") }
      guard let graph = dot.withCString({ agmemread($0) }) else {
        throw GraphvizError.syntax(state.joinedMessages(or: "syntax error"))
      }
      defer { agclose(graph) }
      guard gvLayout(context, graph, engine) == 0 else {
        throw GraphvizError.layout(state.joinedMessages(or: "layout engine \(engine) failed"))
      }
      defer { gvFreeLayout(context, graph) }
      var buffer: UnsafeMutablePointer<CChar>? = nil
      let data = try renderData(context, graph, format, &buffer, gvRenderData)
      return (data, state.messages.joined())
    }
  }

  /// Calls `gvRenderData`, whose length parameter is `unsigned int *` before
  /// Graphviz 13 and `size_t *` from it on.
  private static func renderData<Length: BinaryInteger>(
    _ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ format: String,
    _ buffer: inout UnsafeMutablePointer<CChar>?,
    _ function: (
      OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?,
      UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Length>?
    ) -> Int32
  ) throws -> [UInt8] {
    var length: Length = 0
    let status = function(context, graph, format, &buffer, &length)
    guard status == 0, let bytes = buffer else {
      throw GraphvizError.render(currentState?.joinedMessages(or: "renderer for \(format) is unavailable") ?? "failed")
    }
    defer { gvFreeRenderData(bytes) }
    let count = Int(length)
    return bytes.withMemoryRebound(to: UInt8.self, capacity: count) {
      Array(UnsafeBufferPointer(start: $0, count: count))
    }
  }

  /// The state of the call in progress, for the C error handler (set and read under the lock).
  nonisolated(unsafe) fileprivate static var currentState: State?

  fileprivate static func record(_ message: String) {
    currentState?.messages.append(message)
  }
}

extension Graphviz.State {
  func joinedMessages(or fallback: String) -> String {
    let text = messages.joined().trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? fallback : text
  }
}

/// Receives Graphviz's error and warning fragments ("Error", ": ", text).
private func graphvizErrorHandler(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
  guard let message else { return 0 }
  Graphviz.record(String(cString: message))
  return 0
}
