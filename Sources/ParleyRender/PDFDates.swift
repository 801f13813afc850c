/// Makes PDF output reproducible: cairo writes the current time into the document
/// information (`/CreationDate (D:20261203163459Z)`), which would make two runs differ.
enum PDFDates {
  /// `bytes` with the digits of every `/CreationDate (D:…)` and `/ModDate (D:…)` replaced by
  /// those of 1970-01-01 00:00:00, keeping the length, so the cross-reference offsets
  /// stay right.
  static func fixed(_ bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    let epoch = Array("19700101000000".utf8)
    for key in ["/CreationDate (D:", "/ModDate (D:"].map({ Array($0.utf8) }) {
      var i = 0
      while i + key.count <= out.count {
        guard out[i] == key[0], Array(out[i..<(i + key.count)]) == key else {
          i += 1
          continue
        }
        var j = i + key.count
        var k = 0
        while j < out.count, out[j] >= 0x30, out[j] <= 0x39 {
          out[j] = k < epoch.count ? epoch[k] : 0x30
          j += 1
          k += 1
        }
        i = j
      }
    }
    return out
  }
}
