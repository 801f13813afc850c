/// Why a store could not be opened, read or written.
public struct StoreError: Error, CustomStringConvertible, Sendable {
  /// What went wrong, for the exit status.
  public enum Kind: Sendable {
    /// The file is not an SQLite database, or an SQLite database that Parley did not write.
    case notAStore
    /// The store was written by a newer Parley (a higher schema version).
    case newerSchema
    /// Another run is writing the store.
    case busy
    /// There is no store at the path (reading only).
    case missing
    /// SQLite or the file system failed (disk full, permissions, …).
    case failed
  }

  public var kind: Kind
  /// The store's path as the user gave it.
  public var path: String
  /// The reason, in lower case, without the path.
  public var reason: String

  /// Creates an error.
  public init(_ kind: Kind, path: String, reason: String) {
    self.kind = kind
    self.path = path
    self.reason = reason
  }

  /// `store PATH: reason`.
  public var description: String { "store \(path): \(reason)" }
}
