extension Extractor {
  /// The version of Parley's ingest and extraction rules. Bump it whenever a change to the
  /// code changes what an article yields; the built-in dictionaries are covered by
  /// ``fingerprint`` on their own.
  public static let version = 5

  /// What a stored extraction result depends on: ``version`` and a hash of the built-in
  /// dictionaries, so that results kept from another build are not reused when either differs.
  public static let fingerprint: String = {
    // FNV-1a over the dictionaries' text: a change detector, not a security hash.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for table in [
      BuiltInDictionaries.countries, BuiltInDictionaries.organizations, BuiltInDictionaries.people,
      BuiltInDictionaries.peopleHistorical, BuiltInDictionaries.places, BuiltInDictionaries.givenNames,
    ] {
      for byte in table.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
      }
      hash ^= 0xff
    }
    let hex = String(hash, radix: 16)
    return "v\(version)-" + String(repeating: "0", count: 16 - hex.count) + hex
  }()
}
