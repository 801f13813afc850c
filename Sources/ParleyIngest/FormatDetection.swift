/// Chooses a reader for a file from its content and extension.
enum FormatDetection {
  /// What a file should be parsed as.
  enum Kind: Equatable {
    case seedOrPlain, html, json, markdown
    /// An extension that is not an article format (.png, .pdf, .zip, …).
    case unsupported(String)
  }

  private static let textExtensions: Set<String> = ["txt", "text", ""]
  private static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]
  private static let jsonExtensions: Set<String> = ["json", "jsonl", "ndjson", "jsonlines"]
  private static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]

  /// The lower-cased extension of the last path component ("" when none).
  static func pathExtension(_ path: String) -> String {
    let name = path.split(separator: "/").last ?? Substring(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }

  /// The reader suggested by the extension alone.
  static func kind(forExtensionOf path: String) -> Kind {
    let ext = pathExtension(path)
    if textExtensions.contains(ext) { return .seedOrPlain }
    if htmlExtensions.contains(ext) { return .html }
    if jsonExtensions.contains(ext) { return .json }
    if markdownExtensions.contains(ext) { return .markdown }
    return .unsupported(ext)
  }

  /// The reader for normalised `text`: content wins over the extension.
  static func detect(_ text: String, kind: Kind) -> Kind {
    if SeedTextFormat.hasHeader(text) { return .seedOrPlain }
    let start = text.drop(while: { $0 == "\n" || $0 == " " }).prefix(512).lowercased()
    if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<?xml")
      && start.contains("<html") || (start.hasPrefix("<") && (start.contains("<body") || start.contains("<head")
      || start.contains("<article") || start.contains("<p>") || start.contains("<div")))
    {
      return .html
    }
    if start.hasPrefix("{") || start.hasPrefix("[") {
      if kind == .json || kind == .seedOrPlain || kind == .markdown { return .json }
    }
    if kind == .json { return .json }
    if start.hasPrefix("---\n") && kind != .html { return .markdown }
    return kind
  }

  /// The name of a well-known binary format recognised by its magic bytes.
  static func binaryFormatName(_ bytes: [UInt8]) -> String? {
    func starts(_ magic: [UInt8]) -> Bool { bytes.count >= magic.count && Array(bytes.prefix(magic.count)) == magic }
    if starts([0x25, 0x50, 0x44, 0x46]) { return "PDF" }
    if starts([0x50, 0x4B, 0x03, 0x04]) { return "ZIP archive" }
    if starts([0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
    if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
    if starts([0x47, 0x49, 0x46, 0x38]) { return "GIF image" }
    if starts([0x1F, 0x8B]) { return "gzip archive" }
    if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "Microsoft Office document" }
    return nil
  }
}
