// libFuzzer target over ParleyIngest: every format reader, HTML body extraction, the JSON
// reader and the Markdown inline scanner. Not part of the package: Tests/Fuzz/run.sh
// compiles it together with Sources/ParleyIngest as one module (so internal API is visible).

/// The first byte picks the format; the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func parleyIngestFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  guard let selector = input.first else { return 0 }
  let bytes = Array(input.dropFirst())
  let kinds: [FormatDetection.Kind] = [.seedOrPlain, .html, .json, .markdown]
  let kind = kinds[Int(selector) % kinds.count]
  let (articles, diagnostics) = Ingestor().read(bytes: bytes, path: "fuzz.txt", kind: kind)
  // A file yields articles or says why not; no article has an empty body and no title.
  precondition(!articles.isEmpty || !diagnostics.isEmpty)
  for article in articles { precondition(article.title != nil || !article.paragraphs.isEmpty) }
  let text = String(decoding: bytes, as: UTF8.self)
  switch selector % 8 {
  case 4: _ = HTMLFormat.parse(text)
  case 5: _ = try? JSONReader.parse(bytes)
  case 6:
    let stripped = MarkdownInline.strip(text)
    precondition(stripped.count <= text.count)
  case 7: _ = ArticleAssembly.pieces(of: text, limit: 64)
  default: break
  }
  return 0
}
