import ArgumentParser
import Foundation
import ParleyExtract
import ParleyIngest
import ParleyStore

/// `--actors FILE`: the user's own dictionaries of actors, added to the built-in ones.
struct ActorOptions: ParsableArguments {
  @Option(
    name: .customLong("actors"),
    help: ArgumentHelp(
      "A TSV file of your own actors (people, organisations, places) to add to the built-in dictionaries; repeatable. Format: README, section Dictionaries.",
      valueName: "file"),
    completion: .file(extensions: ["tsv"]))
  var files: [String] = []

  func validate() throws {
    for path in files {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
      else { throw ValidationError("--actors \(path.terminalEscaped): no such file.") }
    }
  }

  /// The rows of the files, in order (later files' rows after earlier ones').
  /// A file that cannot be read as UTF-8 text is a usage error.
  func dictionary() throws -> ActorDictionary {
    var dictionary = ActorDictionary()
    for path in files {
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
      else { throw ValidationError("--actors \(path.terminalEscaped): not readable as UTF-8 text.") }
      dictionary.read(text, path: path)
    }
    return dictionary
  }

  /// The fingerprint of extraction with these files (``Store/fingerprint(actorFiles:)``): a
  /// store re-reads its files when it changes.
  func fingerprint() -> String {
    Store.fingerprint(actorFiles: files.map { [UInt8](FileManager.default.contents(atPath: $0) ?? Data()) })
  }

  /// An extractor using the built-in dictionaries and the files, with the rows left out.
  func extractor() throws -> (extractor: Extractor, diagnostics: [ActorDictionary.Diagnostic]) {
    guard !files.isEmpty else { return (Extractor(), []) }
    let dictionary = try dictionary()
    return (Extractor(gazetteer: .builtIn(adding: dictionary)), dictionary.diagnostics)
  }
}
