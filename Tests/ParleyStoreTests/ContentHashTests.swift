import ParleyStore
import Testing

/// SHA-256 against the FIPS 180-4 examples and digests computed by Python's hashlib.
@Suite struct ContentHashTests {
  @Test func knownDigests() {
    #expect(ContentHash.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(ContentHash.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      ContentHash.sha256(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    // Padding edges: 55 bytes fit one block, 64 need a second.
    #expect(ContentHash.sha256([UInt8](repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    #expect(ContentHash.sha256([UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    let bytes = (0..<5).flatMap { _ in (0...255).map { UInt8($0) } }
    #expect(ContentHash.sha256(bytes) == "d414b085826eb06778483ba35564dc849e643359f69ed9747878ba6e54985bed")
  }

  @Test func oneByteChangesTheDigest() {
    var bytes = Array("Foreign ministers met in Lisbon on Tuesday.".utf8)
    let before = ContentHash.sha256(bytes)
    bytes[3] ^= 1
    #expect(ContentHash.sha256(bytes) != before)
  }
}
