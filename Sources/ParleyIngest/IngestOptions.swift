/// Settings for ``Ingestor``.
public struct IngestOptions: Sendable {
  /// Files larger than this many bytes are skipped without being read.
  public var maxFileSize: Int = 20 * 1024 * 1024

  /// Creates options.
  /// - Parameter maxFileSize: The largest file, in bytes, that is read (default 20 MiB).
  public init(maxFileSize: Int = 20 * 1024 * 1024) {
    self.maxFileSize = maxFileSize
  }
}
