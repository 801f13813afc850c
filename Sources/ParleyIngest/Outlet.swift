import Foundation

/// The outlet an article comes from, from what the file itself says.
enum Outlet {
  /// The outlet: the metadata's name, else the agency tag of the dateline, else the URL's
  /// host without `www.`; nil when none is known. A name that is itself a URL gives its host.
  static func name(metadata: String?, agency: String?, url: String?) -> String? {
    if let metadata {
      let trimmed = metadata.trimmingCharacters(in: .whitespaces)
      if trimmed.contains("://") { return host(of: trimmed) }
      if !trimmed.isEmpty { return trimmed }
    }
    if let agency, !agency.isEmpty { return agency }
    return url.flatMap(host(of:))
  }

  /// The host of an http(s) URL, lower-cased, without `www.` and port: nil for other text.
  static func host(of url: String) -> String? {
    let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
    guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return nil }
    let rest = lower.dropFirst(scheme.count)
    var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
    if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
    if host.hasPrefix("www.") { host = host.dropFirst(4) }
    guard host.contains("."), host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
    return String(host)
  }
}
