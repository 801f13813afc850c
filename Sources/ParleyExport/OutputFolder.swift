import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output folder written as one unit: files go into a fresh temporary folder beside it
/// (same parent), which then replaces the old folder by rename, under a lock file so that
/// two runs on one folder never mix.
///
/// Open it before reading any input (that checks the folder can be written), write the
/// files, then ``commit()``; ``discard()`` (also done by a failed commit) removes the
/// temporary folder and releases the lock.
public final class OutputFolder {
  /// The name of the marker file that identifies a folder Parley wrote.
  public static let markerName = ".parley-output"

  /// The names of the files Parley writes; other files found in an old folder are kept.
  public static let outputNames: Set<String> = [
    "mentions.jsonl", "events.jsonl", "actors.jsonl", "mentions.csv", "events.csv",
    "actors.csv", "graph.graphml", "graph.gexf", "graph.json", "network.dot", "timeline.dot",
    "network.svg", "timeline.svg", "network.png", "timeline.png", "network.pdf", "timeline.pdf",
    "report.html", markerName,
  ]

  /// The folder as the user gave it.
  public let path: String
  /// The temporary folder the files are written into.
  public let stagingPath: String
  private let parent: String
  private let name: String
  private var lockDescriptor: Int32
  private var finished = false

  /// Locks `path`, removes temporary folders left by killed runs, and creates a fresh one.
  /// - Throws: ``OutputError`` when the parent cannot be created or written, when `path`
  ///   is a file, or when another run holds the lock.
  public init(path: String) throws {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    self.path = path
    parent = url.deletingLastPathComponent().path
    name = url.lastPathComponent
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
      throw OutputError(path: path, reason: "exists and is not a folder")
    }
    do {
      try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    } catch {
      throw OutputError(path: parent, reason: "cannot create the folder")
    }
    guard access(parent, W_OK | X_OK) == 0 else { throw OutputError(path: parent, errno: errno) }
    let lockPath = (parent as NSString).appendingPathComponent(".\(name).parley-lock")
    lockDescriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard lockDescriptor >= 0 else { throw OutputError(path: lockPath, errno: errno) }
    guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      close(lockDescriptor)
      if code == EWOULDBLOCK {
        throw OutputError(path: path, reason: "another parley run is writing this folder; try again when it ends")
      }
      throw OutputError(path: lockPath, errno: code)
    }
    Self.removeLeftovers(in: parent, prefix: ".\(name).parley-")
    var template = Array((parent as NSString).appendingPathComponent(".\(name).parley-tmp-XXXXXX").utf8CString)
    guard let created = mkdtemp(&template) else {
      let code = errno
      flock(lockDescriptor, LOCK_UN)
      close(lockDescriptor)
      throw OutputError(path: parent, errno: code)
    }
    stagingPath = String(cString: created)
  }

  deinit { discard() }

  /// Writes `data` as `name` into the temporary folder.
  /// - Throws: ``OutputError`` with the final path and the OS reason.
  public func write(_ data: Data, named file: String) throws {
    let sink = try create(file)
    defer { close(sink.descriptor) }
    try data.withUnsafeBytes { try sink.write($0) }
    try sink.sync()
  }

  /// Writes `text` as UTF-8 (without copying it).
  public func write(_ text: String, named file: String) throws {
    var text = text
    let sink = try create(file)
    defer { close(sink.descriptor) }
    try text.withUTF8 { try sink.write(UnsafeRawBufferPointer($0)) }
    try sink.sync()
  }

  /// Writes `name` piece by piece: `produce` hands each piece of text to the function it is
  /// given, so that a large file (`mentions.jsonl`) is never held whole in memory.
  /// - Throws: ``OutputError`` with the final path and the OS reason, or what `produce` throws.
  public func write(named file: String, streaming produce: (_ emit: (String) throws -> Void) throws -> Void) throws {
    let sink = try create(file)
    defer { close(sink.descriptor) }
    try produce { piece in
      var piece = piece
      try piece.withUTF8 { try sink.write(UnsafeRawBufferPointer($0)) }
    }
    try sink.sync()
  }

  /// An open file of the temporary folder.
  private struct Sink {
    var descriptor: Int32
    /// The final path, for messages.
    var path: String

    func write(_ buffer: UnsafeRawBufferPointer) throws {
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw OutputError(path: path, errno: errno)
        }
        offset += written
      }
    }

    func sync() throws {
      guard fsync(descriptor) == 0 || errno == EINVAL else { throw OutputError(path: path, errno: errno) }
    }
  }

  /// Creates `file` in the temporary folder (the caller closes it).
  private func create(_ file: String) throws -> Sink {
    let target = (stagingPath as NSString).appendingPathComponent(file)
    let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputError(path: finalPath(file), errno: errno) }
    return Sink(descriptor: descriptor, path: finalPath(file))
  }

  /// Writes the marker, keeps the old folder's other files, and swaps the new folder in:
  /// the old one is renamed aside, the new one renamed in, the old one removed.
  /// - Throws: ``OutputError``; the old folder is then left as it was.
  public func commit() throws {
    try write(Data("Written by parley; parley skips folders holding this file.\n".utf8), named: Self.markerName)
    let manager = FileManager.default
    let aside = (parent as NSString).appendingPathComponent(".\(name).parley-old-\(UUID().uuidString)")
    let destination = (parent as NSString).appendingPathComponent(name)
    var hadOld = false
    var kept: [String] = []
    // Puts the user's own files back into the old folder when the swap fails.
    func restore(into folder: String) {
      for entry in kept {
        rename((stagingPath as NSString).appendingPathComponent(entry), (folder as NSString).appendingPathComponent(entry))
      }
    }
    if manager.fileExists(atPath: destination) {
      for entry in (try? manager.contentsOfDirectory(atPath: destination)) ?? [] where !Self.outputNames.contains(entry) {
        let from = (destination as NSString).appendingPathComponent(entry)
        let to = (stagingPath as NSString).appendingPathComponent(entry)
        guard rename(from, to) == 0 else {
          let code = errno
          restore(into: destination)
          throw OutputError(path: from, errno: code)
        }
        kept.append(entry)
      }
      guard rename(destination, aside) == 0 else {
        let code = errno
        restore(into: destination)
        throw OutputError(path: path, errno: code)
      }
      hadOld = true
    }
    guard rename(stagingPath, destination) == 0 else {
      let code = errno
      if hadOld {
        rename(aside, destination)
        restore(into: destination)
      }
      throw OutputError(path: path, errno: code)
    }
    finished = true
    if hadOld { try? manager.removeItem(atPath: aside) }
    release()
  }

  /// Removes the temporary folder and releases the lock (the old outputs stay as they were).
  public func discard() {
    if !finished {
      try? FileManager.default.removeItem(atPath: stagingPath)
      finished = true
    }
    release()
  }

  private func release() {
    guard lockDescriptor >= 0 else { return }
    flock(lockDescriptor, LOCK_UN)
    close(lockDescriptor)
    lockDescriptor = -1
  }

  private func finalPath(_ file: String) -> String {
    (path as NSString).appendingPathComponent(file)
  }

  /// Removes temporary and set-aside folders of earlier runs that were killed (we hold the lock).
  private static func removeLeftovers(in parent: String, prefix: String) {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
    for entry in entries where entry.hasPrefix(prefix) && !entry.hasSuffix("lock") {
      try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
    }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#else
  private let systemWrite = Darwin.write
#endif

/// An output that could not be written: the path and the operating system's reason.
public struct OutputError: Error, CustomStringConvertible {
  /// The file or folder that could not be written.
  public var path: String
  /// Why, in the operating system's words.
  public var reason: String

  /// Creates an error with a reason.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// Creates an error from an `errno` value.
  public init(path: String, errno code: Int32) {
    self.init(path: path, reason: String(cString: strerror(code)))
  }

  /// `could not write PATH: REASON`.
  public var description: String { "could not write \(path): \(reason)" }
}
