import ParleyIngest

/// A user's own dictionary of actors (`parley build --actors FILE`): tab-separated rows
/// that add people, organisations and places to Parley's built-in dictionaries, or
/// replace the built-in entry of the same name.
///
/// Columns: `name`, `aliases` (`|`-separated), `kind` (person, organization, government,
/// group or place), `country` (ISO 3166 alpha-3, or for a person an organisation's id or
/// name), `sector` (GOV, MIL, …), `from`, `to` (a person's term of office: YYYY,
/// YYYY-MM or YYYY-MM-DD) and `title` (a person's office). Lines starting with `#` and
/// blank lines are ignored. A bad row gets a ``Diagnostic`` and is left out.
public struct ActorDictionary: Sendable {
  /// The column names, in order.
  public static let columns = ["name", "aliases", "kind", "country", "sector", "from", "to", "title"]

  /// What a row describes.
  public enum Kind: String, Sendable, CaseIterable {
    case person, organization, government, group, place
  }

  /// One good row.
  public struct Row: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var kind: Kind
    /// An ISO3 code, or for a person the id of an organisation; nil when not given.
    public var country: String?
    public var sector: String
    /// The fields as written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), empty when open.
    public var from: String
    public var to: String
    public var title: String
    /// Where the row was read.
    public var path: String
    public var line: Int
  }

  /// A row left out, with why.
  public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var message: String

    /// `path:line: message; row skipped`, control characters shown as escapes.
    public var description: String {
      "\(path.terminalEscaped):\(line): \(message.terminalEscaped); row skipped"
    }
  }

  /// The good rows of every text read, in order.
  public private(set) var rows: [Row] = []
  /// The rows left out.
  public private(set) var diagnostics: [Diagnostic] = []

  /// An empty dictionary.
  public init() {}

  /// Whether no row was read.
  public var isEmpty: Bool { rows.isEmpty }

  /// Reads the rows of `text` (the contents of the file at `path`), checking codes against
  /// `gazetteer` and the organisations of this dictionary.
  public mutating func read(_ text: String, path: String, checkedAgainst gazetteer: Gazetteer = .shared) {
    var parsed: [(line: Int, fields: [String])] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimming(" \r")
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
        String($0).trimming(" \r")
      }
      parsed.append((n + 1, fields))
    }
    // Organisations of this file count for its people wherever they are listed.
    var organizations = Set(rows.filter { $0.kind != .person && $0.kind != .place }.map { ActorNaming.slug($0.name) })
    for (_, fields) in parsed where fields.count > 2 && Kind(rawValue: fields[2].lowercased()).map({ $0 != .person && $0 != .place }) == true {
      organizations.insert(ActorNaming.slug(fields[0]))
    }
    var seen: [Row: Int] = [:]
    for (line, fields) in parsed {
      switch Self.row(fields, path: path, line: line, gazetteer: gazetteer, organizations: organizations) {
      case .success(let row):
        var key = row
        key.line = 0
        key.path = ""
        if let first = seen[key] {
          diagnostics.append(Diagnostic(path: path, line: line, message: "repeats line \(first)"))
        } else {
          seen[key] = line
          rows.append(row)
        }
      case .failure(let problem):
        diagnostics.append(Diagnostic(path: path, line: line, message: problem.message))
      }
    }
  }

  private struct Problem: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  /// The row of `fields`, or what is wrong with it.
  private static func row(
    _ fields: [String], path: String, line: Int, gazetteer: Gazetteer, organizations: Set<String>
  ) -> Result<Row, Problem> {
    guard fields.count <= columns.count else {
      return .failure(Problem("\(fields.count) columns, at most \(columns.count) (\(columns.joined(separator: ", ")))"))
    }
    var f = fields
    while f.count < columns.count { f.append("") }
    let (name, aliasField, kindField, countryField, sector, from, to, title) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7])
    guard !name.isEmpty else { return .failure(Problem("no name")) }
    guard !kindField.isEmpty else {
      return .failure(Problem("no kind (\(Kind.allCases.map(\.rawValue).joined(separator: ", ")))"))
    }
    guard let kind = Kind(rawValue: kindField.lowercased()) else {
      return .failure(
        Problem("unknown kind \"\(kindField)\" (\(Kind.allCases.map(\.rawValue).joined(separator: ", ")))"))
    }
    if !sector.isEmpty, !DictionaryFields.sectors.contains(sector) {
      return .failure(Problem("unknown sector \"\(sector)\" (\(DictionaryFields.sectors.sorted().joined(separator: " ")))"))
    }
    if kind != .person {
      for (column, value) in [("from", from), ("to", to), ("title", title)] where !value.isEmpty {
        return .failure(Problem("\(column) is only for a person's office, not for a \(kind.rawValue)"))
      }
    }
    if kind == .place, !sector.isEmpty { return .failure(Problem("a place has no sector")) }
    if let problem = DictionaryFields.dateProblem(from: from, to: to) { return .failure(Problem(problem)) }
    var country: String?
    if !countryField.isEmpty {
      if gazetteer.countries[countryField] != nil {
        country = countryField
      } else if kind == .person, let id = organizationID(countryField, gazetteer: gazetteer, extra: organizations) {
        country = id
      } else if kind == .person {
        return .failure(Problem("unknown country or organisation \"\(countryField)\""))
      } else {
        return .failure(Problem("unknown country \"\(countryField)\" (an ISO 3166 alpha-3 code from Dictionaries/countries.tsv)"))
      }
    }
    if kind == .place, country == nil { return .failure(Problem("a place needs its country")) }
    return .success(
      Row(
        name: name, aliases: TSV.list(aliasField).filter { $0 != name }, kind: kind, country: country,
        sector: sector, from: from, to: to, title: title, path: path, line: line))
  }

  /// The id of the organisation named or identified by `text`, built in or in `extra`.
  private static func organizationID(_ text: String, gazetteer: Gazetteer, extra: Set<String>) -> String? {
    if let org = gazetteer.organizations.first(where: { $0.id == text }) { return org.id }
    let key = ActorNaming.slug(text)
    if let org = gazetteer.organizations.first(where: { ActorNaming.slug($0.name) == key || $0.id == key }) {
      return org.id
    }
    return extra.contains(key) ? key : nil
  }
}
