import ArgumentParser
import Foundation
import ParleyExport
import ParleyGraph
import ParleyIngest
import ParleyRender
import ParleyStore

/// `parley build`: articles in, diagrams and data files out.
struct BuildCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Read articles and write the network, the timeline and the data files.",
    discussion: """
      Writes into the output folder:
        network.svg     who interacted with whom (one line per pair of actors)
        timeline.svg    the dated events, day by day
        network.dot, timeline.dot   the Graphviz sources of both diagrams
        report.html     one self-contained page: both pictures, a summary, a sortable
                        and filterable table of the events with their evidence, and the
                        most active actors (no network access, no external files)
        network.png, network.pdf, timeline.png, timeline.pdf   with --format png,pdf
        mentions.jsonl  one line per interaction mention, with its sentence
        events.jsonl    one line per event, merged across sentences and articles
        actors.jsonl    one line per canonical actor, with mention and event counts

      The files are written into a temporary folder beside the output folder, which
      then replaces it as one unit; a lock file beside it keeps concurrent runs
      apart. Nothing is written when no article was read.

      With --store FILE, the files read, their articles and mentions and the merged
      graph are kept in an SQLite file (created when missing). A later run with the
      same store reads only files that are new or changed (same path and SHA-256 of
      the content), takes the others from the store, merges all mentions again and
      writes the same outputs as a fresh build over all the given paths. Files no
      longer among the given paths are dropped from the store; a new extractor
      version or other --actors files read everything again. The store is written in
      one transaction: a second run on it is refused, and a failed or killed run
      leaves it as it was. Tables and example queries: README, section "The store".

      Exit status: 0 when every file was read, 1 when some input was skipped
      (each skipped file gets a one-line diagnostic on stderr), 2 on usage errors,
      3 when the output or the store could not be written (also: the store is not a
      Parley store, was written by a newer Parley, or another run is writing it).

      Examples:
        parley build Samples -o Output
        parley build news/ -o Output --store news.sqlite
        parley build scrapes/ more/article.html -o /tmp/report --quiet
      """
  )

  @OptionGroup var input: InputOptions

  @OptionGroup(title: "View (applies to every output)") var viewOptions: ViewOptions

  @Option(name: .shortAndLong, help: "The folder to write into (created when missing).")
  var output: String = "Output"

  @Option(
    name: .long,
    help: "Picture formats to write, comma-separated: svg, png, pdf (report.html always embeds the SVGs).")
  var format: String = "svg"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep articles, mentions and the graph in this SQLite file; later runs read only new or changed files.",
      valueName: "file"))
  var store: String?

  func validate() throws {
    try Self.validatePictureFormats(format)
    if let store {
      guard !input.paths.contains(InputFile.standardInput) else {
        throw ValidationError("--store reads files, not standard input: give the articles as files.")
      }
      let folder = URL(fileURLWithPath: output).standardizedFileURL.path + "/"
      guard !URL(fileURLWithPath: store).standardizedFileURL.path.hasPrefix(folder) else {
        throw ValidationError("--store must be outside the output folder, which each run replaces.")
      }
    }
  }

  func run() async throws {
    // Checked before any input is read: a bad `-o` costs nothing.
    let folder = try Self.openOutputFolder(output)
    defer { folder.discard() }
    var (pipeline, rowsSkipped) = try input.pipeline()
    if let store {
      do {
        pipeline.store = try Store(writingTo: store, extractor: input.dictionaries.fingerprint())
      } catch {
        throw Self.storeFailure(error)
      }
    }
    var result = await pipeline.run(input.paths)
    if let error = result.storeError {
      input.report(result)
      throw Self.storeFailure(error)
    }
    guard result.articles > 0 else {
      input.report(result)
      Self.note("no article read: nothing written, \(output.terminalEscaped)/ left as it was")
      throw ExitCode(1)
    }
    let full = EventGraph(mentions: result.mentions)
    // The graph holds its own copy; the run's is not needed again (the summary keeps the count).
    result.mentions = []
    var dropped = 0
    if let store = pipeline.store {
      do {
        dropped = try store.keepOnly(result.storedPaths)
        try store.saveGraph(full)
      } catch {
        input.report(result)
        throw Self.storeFailure(error)
      }
    }
    let viewed = try viewOptions.view().apply(to: full)
    let graph = viewed.graph
    if !input.quiet {
      for warning in viewed.warnings { Self.note(warning.terminalEscaped) }
      if viewed.summary.isCut { Self.note(viewed.summary.description) }
    }
    do {
      let run = HTMLReport.Run(
        articlesRead: result.articles, duplicateCopies: result.copies, skipped: result.skipped,
        nonArticleFiles: result.nonArticles.values.reduce(0, +))
      try BuildOutputs.write(graph, into: folder, run: run, formats: PictureFormat.list(format) ?? [.svg],
        viewNote: viewed.summary.pictureNote, lanes: viewed.namedActors)
      try folder.commit()
    } catch {
      input.report(result)
      throw Self.outputFailure(error)
    }
    input.report(result)
    if let store = pipeline.store {
      do {
        try store.commit()
      } catch {
        throw Self.storeFailure(error)
      }
      if !input.quiet {
        let read = result.files - result.filesFromStore
        var line = "store \(store.path.terminalEscaped): \(result.filesFromStore) file\(result.filesFromStore == 1 ? "" : "s") unchanged, \(read) read"
        if dropped > 0 { line += ", \(dropped) article\(dropped == 1 ? "" : "s") no longer in the given paths dropped" }
        Self.note(line)
      }
    }
    if !input.quiet {
      Self.note("\(graph.events.count) events between \(graph.actors.count) actors written to \(output.terminalEscaped)/")
    }
    if !result.skipped.isEmpty || rowsSkipped { throw ExitCode(1) }
  }

  /// The output folder at `path`, opened before any input is read; exit status 3 when it
  /// cannot be.
  static func openOutputFolder(_ path: String) throws -> OutputFolder {
    do {
      return try OutputFolder(path: path)
    } catch {
      throw outputFailure(error)
    }
  }

  /// Checks a `--format` list (usage error when it names anything but svg, png and pdf).
  static func validatePictureFormats(_ format: String) throws {
    guard PictureFormat.list(format) != nil else {
      throw ValidationError("--format takes svg, png and pdf, comma-separated (got \(format.terminalEscaped)).")
    }
  }

  /// Prints why the output could not be written and gives exit status 3.
  static func outputFailure(_ error: Error) -> ExitCode {
    let message = (error as? OutputError)?.description ?? "could not write the output: \(error)"
    note("parley: " + message.terminalEscaped)
    return ExitCode(3)
  }

  /// Prints why the store could not be used and gives exit status 3.
  static func storeFailure(_ error: Error) -> ExitCode {
    note("parley: " + "\(error)".terminalEscaped)
    return ExitCode(3)
  }

  static func note(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}

/// A runtime failure with a readable message (exit status 1).
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
