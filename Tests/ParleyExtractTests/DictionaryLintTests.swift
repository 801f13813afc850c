import Foundation
import ParleyIngest
import Testing

@testable import ParleyExtract

/// The built-in dictionaries in `Dictionaries/`: built into the binary as they are on disk,
/// and well formed (columns, codes that exist, real dates in order, no repeated rows).
@Suite struct DictionaryLintTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Dictionaries")

  /// The embedded text of each file the gazetteer reads.
  static let embedded: [String: String] = [
    "countries.tsv": BuiltInDictionaries.countries, "places.tsv": BuiltInDictionaries.places,
    "organizations.tsv": BuiltInDictionaries.organizations, "people.tsv": BuiltInDictionaries.people,
    "people-historical.tsv": BuiltInDictionaries.peopleHistorical,
    "given-names.tsv": BuiltInDictionaries.givenNames,
  ]

  /// Non-comment lines of a file with their line numbers, split on tabs.
  static func rows(_ name: String) throws -> [(line: Int, fields: [String])] {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    var rows: [(Int, [String])] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") else { continue }
      rows.append((n + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
    }
    return rows
  }

  @Test func everyFileIsBuiltInAsItIsOnDisk() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".tsv") }
    #expect(Set(files) == Set(Self.embedded.keys), "a TSV file in Dictionaries/ that the gazetteer does not read")
    for (name, text) in Self.embedded {
      let disk = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
      #expect(text + "\n" == disk.replacingOccurrences(of: "\r\n", with: "\n"), "\(name) differs from its built-in copy")
      #expect(disk.hasPrefix("#"), "\(name) starts without its comment block")
    }
  }

  @Test func rowsAreWellFormed() throws {
    var problems: [String] = []
    func check(_ ok: Bool, _ name: String, _ line: Int, _ message: @autoclosure () -> String) {
      if !ok { problems.append("Dictionaries/\(name):\(line): \(message())") }
    }
    func checkNoSpaces(_ fields: [String], _ name: String, _ line: Int) {
      for (i, f) in fields.enumerated() {
        check(f == f.trimmingCharacters(in: .whitespaces), name, line, "column \(i + 1) has spaces around it")
        check(!f.contains("||") && !f.hasPrefix("|") && !f.hasSuffix("|"), name, line, "column \(i + 1) has an empty list item")
      }
    }

    var countries = Set<String>()
    var seen: [String: Int] = [:]
    for (line, f) in try Self.rows("countries.tsv") {
      checkNoSpaces(f, "countries.tsv", line)
      check((2...6).contains(f.count), "countries.tsv", line, "\(f.count) columns, 2 to 6 expected")
      check(DictionaryFields.isISO3(f[0]), "countries.tsv", line, "\"\(f[0])\" is not an ISO3 code")
      check(!countries.contains(f[0]), "countries.tsv", line, "\(f[0]) listed twice")
      check(f.count > 1 && !f[1].isEmpty, "countries.tsv", line, "no name")
      countries.insert(f[0])
    }

    seen = [:]
    for (line, f) in try Self.rows("places.tsv") {
      checkNoSpaces(f, "places.tsv", line)
      check(f.count == 2, "places.tsv", line, "\(f.count) columns, 2 expected")
      check(countries.contains(f[0]), "places.tsv", line, "\(f[0]) is not in countries.tsv")
      if let first = seen[f[0]] { check(false, "places.tsv", line, "\(f[0]) repeats line \(first)") }
      seen[f[0]] = line
    }

    var organizations = Set<String>()
    for (line, f) in try Self.rows("organizations.tsv") {
      checkNoSpaces(f, "organizations.tsv", line)
      guard f.count == 6 else {
        check(false, "organizations.tsv", line, "\(f.count) columns, 6 expected")
        continue
      }
      check(f[0] == ActorNaming.slug(f[0]), "organizations.tsv", line, "id \"\(f[0])\" is not a lowercase slug")
      check(!organizations.contains(f[0]), "organizations.tsv", line, "id \(f[0]) listed twice")
      check(!f[1].isEmpty, "organizations.tsv", line, "no name")
      check(["organization", "government", "group"].contains(f[3]), "organizations.tsv", line, "kind \"\(f[3])\"")
      check(DictionaryFields.sectors.contains(f[4]), "organizations.tsv", line, "sector \"\(f[4])\"")
      check(f[5].isEmpty || countries.contains(f[5]), "organizations.tsv", line, "country \(f[5]) is not in countries.tsv")
      organizations.insert(f[0])
    }

    var offices: [[String]: (String, Int)] = [:]
    for name in ["people.tsv", "people-historical.tsv"] {
      for (line, f) in try Self.rows(name) {
        checkNoSpaces(f, name, line)
        guard f.count == 7 else {
          check(false, name, line, "\(f.count) columns, 7 expected")
          continue
        }
        check(!f[0].isEmpty, name, line, "no name")
        check(
          f[2].isEmpty || countries.contains(f[2]) || organizations.contains(f[2]), name, line,
          "\"\(f[2])\" is neither in countries.tsv nor an id in organizations.tsv")
        check(DictionaryFields.sectors.contains(f[4]), name, line, "sector \"\(f[4])\"")
        if let problem = DictionaryFields.dateProblem(from: f[5], to: f[6]) { check(false, name, line, problem) }
        let key = [f[0], f[2], f[3], f[5], f[6]]
        if let (file, first) = offices[key] { check(false, name, line, "repeats \(file):\(first)") }
        offices[key] = (name, line)
      }
    }
    #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(40).joined(separator: "\n"))")
  }
}
