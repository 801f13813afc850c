// libFuzzer target over the DOT builders of ParleyRender: mentions whose names, aliases,
// roles, evidence and triggers are the fuzzer's bytes are merged into an EventGraph and both
// diagrams' DOT text is built and checked lexically (no Graphviz layout is run). Not part of
// the package: Tests/Fuzz/run.sh compiles it as a module of its own over the package's modules.
import ParleyExtract
import ParleyGraph
import ParleyIngest
import ParleyRender

/// The input is split at NUL bytes into fields; each field's first byte picks the field's
/// use, the rest is its text.
@_cdecl("LLVMFuzzerTestOneInput")
public func parleyRenderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  let fields = input.split(separator: 0, omittingEmptySubsequences: false).map { field -> (UInt8, String) in
    (field.first ?? 0, String(decoding: field.dropFirst(), as: UTF8.self))
  }
  guard fields.count >= 2 else { return 0 }
  let kinds: [ActorKind] = [.person, .government, .organization, .country, .group]
  let sectors: [String?] = [nil, "GOV", "MIL", "IGO", "NGO", "REB"]
  var actors: [PoliticalActor] = []
  var mentions: [Mention] = []
  for (n, (code, text)) in fields.enumerated() {
    if code % 2 == 0 || actors.count < 2 {
      var actor = PoliticalActor(
        id: "a\(actors.count % 7)-\(text.prefix(8))", name: text, kind: kinds[Int(code / 2) % kinds.count],
        country: code % 3 == 0 ? String(text.prefix(3)) : nil, sector: sectors[Int(code) % sectors.count],
        aliases: code % 5 == 0 ? [text + "\"", "<" + text + ">"] : [])
      if code % 7 == 0 { actor.roles = [ActorRole(title: text, country: nil, seen: CivilDate(year: 2025, month: 4, day: 1))] }
      actors.append(actor)
    }
    guard actors.count >= 2 else { continue }
    let source = actors[Int(code) % actors.count]
    let target = actors[(Int(code) / 3 + n) % actors.count]
    let type = InteractionType.allCases[Int(code) % InteractionType.allCases.count]
    let status = InteractionStatus.allCases[Int(code / 8) % InteractionStatus.allCases.count]
    let date = code % 4 == 0 ? nil : CivilDate(year: 2024 + Int(code % 3), month: 1 + Int(code % 12), day: 1 + Int(code % 28))
    mentions.append(
      Mention(
        article: text, articleDate: date, sentence: n, evidence: text, source: source, target: target, type: type,
        mode: code % 6 == 0 ? text : nil, reciprocal: code % 2 == 1, date: date, dateText: date == nil ? nil : text,
        datePrecision: date == nil ? nil : "day", status: status, trigger: text))
  }
  let graph = EventGraph(mentions: mentions)
  checkDOT(NetworkDiagram(graph: graph).dot())
  checkDOT(TimelineDiagram(graph: graph).dot())
  return 0
}

/// Traps unless `dot` is lexically sound: quoted strings closed, with only `\\`, `\"`, `\n`,
/// `\l`, `\r` escapes and no raw line breaks or control characters; HTML labels balanced
/// with `&` only in entities; braces and brackets balanced outside them.
func checkDOT(_ dot: String) {
  let s = Array(dot.unicodeScalars)
  var i = 0
  var braces = 0
  var brackets = 0
  while i < s.count {
    let c = s[i]
    switch c {
    case "\"":
      i += 1
      while true {
        precondition(i < s.count, "unterminated quoted string")
        let q = s[i]
        precondition(q != "\n" && q != "\r" && (q.value >= 0x20 && !(0x7F...0x9F).contains(q.value)), "control character in a quoted string")
        if q == "\"" { break }
        if q == "\\" {
          precondition(i + 1 < s.count && ["\\", "\"", "n", "l", "r"].contains(s[i + 1]), "bad escape")
          i += 1
        }
        i += 1
      }
    case "<":
      var depth = 0
      repeat {
        precondition(i < s.count, "unterminated HTML label")
        let h = s[i]
        if h == "<" { depth += 1 }
        if h == ">" { depth -= 1 }
        if h == "&" {
          var j = i + 1
          while j < s.count && j - i < 10 && (s[j].properties.isAlphabetic || s[j] == "#" || ("0"..."9").contains(s[j])) { j += 1 }
          precondition(j < s.count && s[j] == ";" && j > i + 1, "bare & in an HTML label")
        }
        i += 1
      } while depth > 0
      continue
    case "{": braces += 1
    case "}": braces -= 1
    case "[": brackets += 1
    case "]": brackets -= 1
    default:
      precondition(c == "\n" || c.value >= 0x20, "control character outside a string")
    }
    precondition(braces >= 0 && brackets >= 0, "unbalanced")
    i += 1
  }
  precondition(braces == 0 && brackets == 0, "unbalanced at the end")
}
