import ArgumentParser
import Foundation
import ParleyExport
import ParleyExtract
import ParleyGraph
import ParleyIngest
import ParleyRender

/// `parley merge`: mentions extracted separately, merged into one build's outputs.
struct MergeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge previously extracted mentions into the outputs of one build.",
    discussion: """
      Reads mentions.jsonl files (what `parley extract` prints, one mention a
      line) or folders holding one (a `parley build` output), merges them as one
      run over all their articles would, and writes the same files as `parley
      build` into the output folder. A mention given twice (overlapping shards)
      counts once, and the order of the inputs does not matter, so a folder too
      large for one run can be extracted in shards and merged anywhere:

        parley extract shard1/ > one.jsonl
        parley extract shard2/ > two.jsonl
        parley merge one.jsonl two.jsonl -o Output

      `parley extract` writes each mention's actors as found in its sentence, so
      merging its output gives the same events, actors and data files as building
      over the shards' articles together; a build's mentions.jsonl holds actors
      already merged, which merge again to the same actors. The report's article
      count is the number of articles that gave a mention (articles without one,
      copies and skipped files are not in mentions).

      A line that is not a mention gets a diagnostic with file and line number and
      is skipped. Exit status: 0 when every line was read, 1 when some were
      skipped, 2 on usage errors, 3 when the output could not be written.

      Examples:
        parley merge shards/*.jsonl -o Output
        parley merge build-a/ build-b/ -o both --level country
      """
  )

  @Argument(help: "mentions.jsonl files, or folders holding one.", completion: .file())
  var paths: [String]

  @OptionGroup(title: "View (applies to every output)") var viewOptions: ViewOptions

  @Option(name: .shortAndLong, help: "The folder to write into (created when missing).")
  var output: String = "Output"

  @Option(
    name: .long,
    help: "Picture formats to write, comma-separated: svg, png, pdf (report.html always embeds the SVGs).")
  var format: String = "svg"

  @Flag(name: .shortAndLong, help: "Print no diagnostics or summary on stderr.")
  var quiet = false

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("Give at least one mentions.jsonl file or folder.") }
    for path in paths where MentionFiles.file(for: path) == nil {
      throw ValidationError("\(path.terminalEscaped): no such file, or a folder without mentions.jsonl.")
    }
    try BuildCommand.validatePictureFormats(format)
  }

  func run() async throws {
    let folder = try BuildCommand.openOutputFolder(output)
    defer { folder.discard() }
    var mentions: [Mention] = []
    var diagnostics: [String] = []
    for path in paths {
      let read = MentionFiles.read(MentionFiles.file(for: path) ?? path)
      mentions += read.mentions
      diagnostics += read.diagnostics
    }
    let unique = Array(Set(mentions))
    if !quiet, !diagnostics.isEmpty {
      FileHandle.standardError.write(Data((diagnostics.joined(separator: "\n") + "\n").utf8))
    }
    guard !unique.isEmpty else {
      if !quiet { BuildCommand.note("no mention read: nothing written, \(output.terminalEscaped)/ left as it was") }
      throw ExitCode(1)
    }
    let viewed = try viewOptions.view().apply(to: EventGraph(mentions: unique))
    let graph = viewed.graph
    if !quiet {
      for warning in viewed.warnings { BuildCommand.note(warning.terminalEscaped) }
      if viewed.summary.isCut { BuildCommand.note(viewed.summary.description) }
    }
    do {
      let run = HTMLReport.Run(articlesRead: Set(unique.map(\.article)).count)
      try BuildOutputs.write(
        graph, into: folder, run: run, formats: PictureFormat.list(format) ?? [.svg],
        viewNote: viewed.summary.pictureNote, lanes: viewed.namedActors)
      try folder.commit()
    } catch {
      throw BuildCommand.outputFailure(error)
    }
    if !quiet {
      let copies = mentions.count - unique.count
      BuildCommand.note(
        "\(unique.count) mentions\(copies > 0 ? " (\(copies) given twice, counted once)" : "") merged into "
          + "\(graph.events.count) events between \(graph.actors.count) actors, written to \(output.terminalEscaped)/")
    }
    if !diagnostics.isEmpty { throw ExitCode(1) }
  }
}

/// Reading mentions.jsonl files back.
enum MentionFiles {
  /// The mentions file `path` names: the file itself, or `mentions.jsonl` inside a folder;
  /// nil when there is none.
  static func file(for path: String) -> String? {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
    guard isFolder.boolValue else { return path }
    let inside = (path as NSString).appendingPathComponent("mentions.jsonl")
    return FileManager.default.fileExists(atPath: inside) ? inside : nil
  }

  /// The mentions of a JSON Lines file, and a diagnostic for each line that is not one.
  static func read(_ path: String) -> (mentions: [Mention], diagnostics: [String]) {
    let shown = path.terminalEscaped
    guard let data = FileManager.default.contents(atPath: path) else {
      return ([], ["\(shown): skipped (cannot be read)"])
    }
    let decoder = JSONDecoder()
    var mentions: [Mention] = []
    var diagnostics: [String] = []
    var bad = 0
    for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") })
      else { continue }
      do {
        mentions.append(try decoder.decode(Mention.self, from: Data(line)))
      } catch {
        bad += 1
        if bad <= 10 { diagnostics.append("\(shown):\(index + 1): not a mention, line skipped") }
      }
    }
    if bad > 10 { diagnostics.append("\(shown): \(bad - 10) more lines skipped") }
    return (mentions, diagnostics)
  }
}
