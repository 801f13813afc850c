import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file to ingest.
public struct InputFile: Sendable, Hashable {
  /// The path as given, or as found under a given folder (folder path + "/" +
  /// relative path); never made absolute.
  public var path: String
  /// What the `sources.tsv` of the file's folder says about it (see ``SourceTable``).
  public var provenance: Provenance?

  /// The path that stands for standard input.
  public static let standardInput = "-"

  /// Creates an input file for `path`.
  public init(path: String, provenance: Provenance? = nil) {
    self.path = path
    self.provenance = provenance
  }
}

/// What a walk over the given paths found.
public struct InputListing: Sendable {
  /// The files to read, sorted by path, each once.
  public var files: [InputFile] = []
  /// Missing paths, unreadable folders and symlink loops.
  public var diagnostics: [IngestDiagnostic] = []
  /// Files inside folders left out because they are plainly not articles, by extension.
  public var nonArticles: [String: Int] = [:]
  /// Folders left out because they hold Parley's output marker (``outputMarkerName``).
  public var outputFolders: [String] = []

  /// The file whose presence marks a folder Parley wrote (kept in step with ParleyExport).
  public static let outputMarkerName = ".parley-output"

  /// Extensions of files inside a folder walk that are never articles (tables, images,
  /// diagrams, documents, archives, media); files given by name are still read.
  public static let nonArticleExtensions: Set<String> = [
    "tsv", "csv", "xls", "xlsx", "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff",
    "ico", "svg", "dot", "pdf", "zip", "gz", "tar", "mp3", "mp4", "wav", "mov",
  ]
}

extension Ingestor {
  /// Expands files and folders into the files to read; see ``inputListing(for:)``.
  public func inputFiles(for paths: [String]) -> (files: [InputFile], diagnostics: [IngestDiagnostic]) {
    let listing = inputListing(for: paths)
    return (listing.files, listing.diagnostics)
  }

  /// Expands files and folders into the files to read.
  ///
  /// Folders are walked recursively; hidden files and folders (names starting
  /// with ".", such as `.git`) are skipped inside folders; symbolic links are
  /// followed, and a link back to an enclosing folder is reported as a loop.
  /// The result is sorted by path and holds each file once (also when two
  /// paths lead to the same file). A file whose folder holds a ``SourceTable``
  /// (`sources.tsv`) naming it gets that row as its ``InputFile/provenance``. Inside folders, Parley's own output folders
  /// and files plainly not articles (``InputListing/nonArticleExtensions``) are
  /// left out and counted.
  /// - Parameter paths: Files and folders as the user gave them.
  public func inputListing(for paths: [String]) -> InputListing {
    var walker = FolderWalker()
    for path in paths { walker.visit(path, ancestors: []) }
    var seen = Set<String>()
    var listing = InputListing()
    for (path, identity) in walker.found.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    where seen.insert(identity).inserted {
      listing.files.append(InputFile(path: path, provenance: walker.provenance(of: path)))
    }
    listing.diagnostics = walker.diagnostics
    listing.nonArticles = walker.nonArticles
    listing.outputFolders = walker.outputFolders
    return listing
  }
}

/// Depth-first folder walk with loop detection.
private struct FolderWalker {
  var found: [(path: String, identity: String)] = []
  var diagnostics: [IngestDiagnostic] = []
  var nonArticles: [String: Int] = [:]
  var outputFolders: [String] = []
  private var walkedFolders = Set<String>()
  /// Each folder's provenance table, read once (nil: none or not usable).
  private var tables: [String: SourceTable?] = [:]

  /// The row of the `sources.tsv` beside `path`, reading the table on first use; a table
  /// that cannot be used gets one warning.
  mutating func provenance(of path: String) -> Provenance? {
    guard path != InputFile.standardInput else { return nil }
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let key = slash != nil && folder.isEmpty ? "/" : folder
    if tables[key] == nil {
      switch SourceTable.read(inFolder: key) {
      case .success(let table)?: tables[key] = .some(table)
      case .failure(let error)?:
        let tablePath = (key.isEmpty ? "" : key == "/" ? "/" : key + "/") + SourceTable.fileName
        diagnostics.append(.warning(tablePath, "not used for outlets: " + error.message))
        tables[key] = .some(nil)
      case nil: tables[key] = .some(nil)
      }
    }
    return tables[key]??.rows[name]
  }

  mutating func visit(_ path: String, ancestors: [String]) {
    let fm = FileManager.default
    if ancestors.isEmpty, path == InputFile.standardInput {
      found.append((path, path))
      return
    }
    var isFolder: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
      if let reason = FileStatus.linkProblem(path) {
        diagnostics.append(.skipped(path, reason))
      } else {
        diagnostics.append(.skipped(path, "no such file or folder"))
      }
      return
    }
    let identity = FileStatus.realPath(path) ?? path
    guard isFolder.boolValue else {
      let ext = FormatDetection.pathExtension(path)
      if !ancestors.isEmpty, InputListing.nonArticleExtensions.contains(ext) {
        nonArticles[ext, default: 0] += 1
      } else {
        found.append((path, identity))
      }
      return
    }
    if !ancestors.isEmpty,
      fm.fileExists(atPath: (path as NSString).appendingPathComponent(InputListing.outputMarkerName))
    {
      outputFolders.append(path)
      return
    }
    if ancestors.contains(identity) {
      diagnostics.append(.skipped(path, "symbolic link loop (leads back to an enclosing folder)"))
      return
    }
    guard walkedFolders.insert(identity).inserted else { return }
    let names: [String]
    do {
      names = try fm.contentsOfDirectory(atPath: path)
    } catch {
      diagnostics.append(.skipped(path, "cannot read folder (permission denied or not a folder)"))
      return
    }
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    where !name.hasPrefix(".") {
      visit(base + "/" + name, ancestors: ancestors + [identity])
    }
  }
}

/// Small wrappers around POSIX calls Foundation does not expose directly.
enum FileStatus {
  /// The canonical absolute path (symlinks resolved), or nil when it cannot be resolved.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Why a path that does not resolve is a broken link, when it is a link at all.
  static func linkProblem(_ path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
    var target = stat()
    if stat(path, &target) != 0, errno == ELOOP {
      return "symbolic link loop"
    }
    return "broken symbolic link"
  }

  /// The file size in bytes from `stat`, without reading the file.
  static func size(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_size)
  }

  /// Whether `path` is a regular file (after following links).
  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) == S_IFREG
  }
}
