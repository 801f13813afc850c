// libFuzzer target over extraction: a file of any format is read by ParleyIngest and each
// article's mentions are extracted, within an unlimited and a small work budget. Not part
// of the package: Tests/Fuzz/run.sh compiles it as a module of its own over ParleyExtract
// and a ParleyIngest built for testing (its format readers are internal).
import ParleyExtract
@testable import ParleyIngest

/// The first byte picks the format and the work budget; the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func parleyExtractFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  guard let selector = input.first else { return 0 }
  let kinds: [FormatDetection.Kind] = [.seedOrPlain, .html, .json, .markdown]
  let (articles, _) = Ingestor().read(bytes: Array(input.dropFirst()), path: "fuzz.txt", kind: kinds[Int(selector) % 4])
  let extractor = fuzzExtractor
  for article in articles {
    let sentences = extractor.sentences(of: article)
    precondition(sentences.allSatisfy { !$0.isEmpty && $0.unicodeScalars.count <= SentenceSplitter.maxSentenceScalars })
    let mentions = extractor.mentions(in: article)
    var previous = 0
    for mention in mentions {
      // In sentence order, each with its own sentence as evidence and two named sides.
      precondition(mention.sentence >= previous && mention.sentence < sentences.count)
      precondition(mention.evidence == sentences[mention.sentence])
      precondition(!mention.source.id.isEmpty && !mention.target.id.isEmpty && !mention.trigger.isEmpty)
      previous = mention.sentence
    }
    // A budget either suffices and changes nothing, or is reported as exhausted.
    var budget = WorkBudget(limit: Int(selector / 4) * 8)
    if let limited = extractor.mentions(in: article, budget: &budget) {
      precondition(limited == mentions && !budget.isExhausted)
    } else {
      precondition(budget.isExhausted)
    }
  }
  return 0
}

/// One extractor for every input (building the gazetteer is slow).
nonisolated(unsafe) let fuzzExtractor = Extractor()
