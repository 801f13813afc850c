/// General rules that recognise lines that are not part of an article's text:
/// error pages, navigation, share bars, comment counters, cookie and
/// subscription notices, legal disclaimers, copyright lines, photo credits,
/// advertising markers, bylines and "related articles" trailers.
///
/// The rules look at the shape of a line (length, vocabulary, position),
/// not at exact phrases from particular sites.
enum Boilerplate {
  /// Whether a line before the headline is scraper noise (error page, wall,
  /// navigation, an opaque reference code) rather than the headline.
  static func isPreambleNoise(_ line: String) -> Bool {
    let lower = line.lowercased()
    let words = TextKeys.words(lower)
    if words.isEmpty { return true }
    return isErrorPage(lower, words: words) || isNavigation(line, words: words)
      || isShareBar(words, length: line.utf8.count) || isCookieNotice(lower)
      || isSubscriptionNotice(lower, words: words) || isCommentCounter(lower, words: words)
      || isAdMarker(words)
  }

  /// Whether a body line is boilerplate wherever it appears.
  static func isNoise(_ line: String) -> Bool {
    // Every rule but the disclaimer heading is limited to short lines.
    let length = line.utf8.count
    if isGalleryOrVideoCard(line) { return true }
    if length > 500 { return isDisclaimerHeading(line.prefix(20).lowercased()) }
    let lower = line.lowercased()
    if length > 250 { return isLegalOrCopyright(lower) || isCookieNotice(lower) }
    let words = TextKeys.words(lower)
    if words.isEmpty { return true }
    return isShareBar(words, length: line.utf8.count) || isCommentCounter(lower, words: words)
      || isCookieNotice(lower) || isSubscriptionNotice(lower, words: words)
      || isLegalOrCopyright(lower) || isPhotoCredit(lower) || isAdMarker(words)
      || isStrongNavigation(line, words: words)
  }

  /// A photo gallery's captions run together ("Photos: Title Photos: Title Caption… Hide
  /// Caption 1 of 6 Photos: …"), its last counter ("Hide Caption 6 of 6"), or a video card
  /// ("JUST WATCHED Title Replay More Videos ... MUST WATCH Title 02:20"): captions of
  /// other days' pictures, not the article.
  static func isGalleryOrVideoCard(_ line: String) -> Bool {
    if line.hasPrefix("Photos: "), line.contains("Hide Caption ") { return true }
    if line.hasPrefix("Hide Caption "), line.utf8.count <= 40 { return true }
    if line.hasPrefix("JUST WATCHED "), line.contains("Replay More Videos") || line.contains("MUST WATCH") { return true }
    if line.hasPrefix("MUST WATCH "), line.utf8.count <= 200, let last = line.split(separator: " ").last,
      last.contains(":"), last.allSatisfy({ $0.isNumber || $0 == ":" })
    {
      return true
    }
    return false
  }

  // MARK: Error pages and walls

  private static let errorPhrases = [
    "page not found", "404 not found", "file not found", "not found on this server",
    "access denied", "access to this page has been denied", "403 forbidden", "access forbidden",
    "permission to access", "enable javascript", "javascript is disabled", "javascript is required",
    "enable cookies", "javascript and cookies", "cookies and javascript", "checking your browser",
    "checking if the site", "verify you are human", "are you a robot", "unusual traffic",
    "captcha", "ray id", "reference #", "request blocked", "request could not be satisfied",
    "page you were looking for", "page you are looking for", "page you requested",
    "page does not exist", "page doesn't exist", "page cannot be found", "page can't be found",
    "page is no longer available", "service unavailable", "bad gateway", "internal server error",
    "something went wrong", "an error occurred", "error occurred",
  ]
  private static let weakErrorWords: Set<String> = [
    "error", "sorry", "oops", "whoops", "forbidden", "denied", "unavailable", "404", "403",
  ]

  static func isErrorPage(_ lower: String, words: [String]) -> Bool {
    guard lower.utf8.count <= 200 else { return false }
    for phrase in errorPhrases where TextKeys.contains(lower, phrase) { return true }
    // "Sorry!!", "Error!", "Oops, 404": short exclamations made of error words.
    let weak = words.filter { weakErrorWords.contains($0) }.count
    if weak > 0 && (words.count <= 4 || TextKeys.contains(lower, "!")) && words.count <= 16 { return true }
    return false
  }

  // MARK: Navigation

  private static let navigationWords: Set<String> = [
    "home", "homepage", "world", "politics", "business", "opinion", "opinions", "video", "videos",
    "subscribe", "subscription", "skip", "main", "content", "navigation", "menu", "sign", "register",
    "login", "logout", "search", "news", "sports", "sport", "tech", "technology", "science",
    "health", "entertainment", "lifestyle", "style", "travel", "culture", "arts", "weather",
    "podcasts", "podcast", "newsletters", "newsletter", "more", "about", "contact", "privacy",
    "terms", "account", "edition", "live", "latest", "local", "national", "economy", "markets",
    "money", "food", "books", "magazine", "photos", "watch", "listen", "shop", "games", "puzzles",
    "obituaries", "jobs", "climate", "education", "media", "sections", "topics", "trending",
    "international", "profile", "settings", "help", "faq", "close", "donate", "archive", "feeds",
    "rss", "careers", "advertise", "español", "log", "signin", "signup", "myaccount", "epaper",
  ]
  private static let navigationGlue: Set<String> = [
    "to", "in", "up", "out", "the", "and", "us", "uk", "my", "our", "of", "a", "all", "for",
  ]

  /// Short lines made mostly of navigation words, or of short items separated by | • › ».
  static func isNavigation(_ line: String, words: [String]) -> Bool {
    guard line.utf8.count <= 160, !line.hasSuffix(".") else { return false }
    if isSeparatedMenu(line) { return true }
    guard words.count >= 2, words.count <= 14 else { return false }
    var strong = 0
    var other = 0
    for w in words {
      if navigationWords.contains(w) { strong += 1 } else if !navigationGlue.contains(w) { other += 1 }
    }
    return strong >= 2 && other == 0
  }

  /// Navigation that is safe to remove anywhere in a body (menus with separators,
  /// or at least four navigation words and nothing else).
  static func isStrongNavigation(_ line: String, words: [String]) -> Bool {
    guard line.utf8.count <= 160, !line.hasSuffix(".") else { return false }
    if isSeparatedMenu(line) { return true }
    guard words.count >= 4, words.count <= 14 else { return false }
    var strong = 0
    for w in words {
      if navigationWords.contains(w) { strong += 1 } else if !navigationGlue.contains(w) { return false }
    }
    return strong >= 4
  }

  private static func isSeparatedMenu(_ line: String) -> Bool {
    // Fast exit: "|" is ASCII; "•", "›", "»" and "·" start with 0xE2 or 0xC2.
    guard line.utf8.contains(where: { $0 == 0x7C || $0 == 0xE2 || $0 == 0xC2 }) else { return false }
    let parts = line.split(whereSeparator: { "|•›»·".contains($0) })
    guard parts.count >= 3 else { return false }
    return parts.allSatisfy { TextKeys.tokenCount($0) <= 3 }
  }

  // MARK: Share bars, comments, cookies, subscriptions, ads

  private static let networkWords: Set<String> = [
    "facebook", "twitter", "whatsapp", "email", "mail", "print", "linkedin", "reddit",
    "pinterest", "telegram", "messenger", "tumblr", "flipboard", "sms", "share", "tweet",
    "pocket", "vk", "copy", "link", "x",
  ]
  private static let shareGlue: Set<String> = [
    "this", "article", "story", "on", "via", "the", "page", "url", "with", "friends", "save",
    "e", "by", "or", "and", "post", "send", "to",
  ]

  static func isShareBar(_ words: [String], length: Int) -> Bool {
    guard length <= 120, words.count >= 2, words.count <= 16 else { return false }
    let networks = words.filter { networkWords.contains($0) }.count
    let other = words.filter { !networkWords.contains($0) && !shareGlue.contains($0) }.count
    return networks >= 2 && other == 0
  }

  static func isCommentCounter(_ lower: String, words: [String]) -> Bool {
    guard lower.utf8.count <= 40, TextKeys.contains(lower, "comment") else { return false }
    let allowed: Set<String> = [
      "no", "view", "show", "hide", "add", "a", "leave", "post", "join", "the", "discussion",
      "conversation", "be", "first", "to", "read", "all", "load", "open",
    ]
    return words.allSatisfy { TextKeys.contains($0, "comment") || allowed.contains($0) || Int($0) != nil }
  }

  static func isCookieNotice(_ lower: String) -> Bool {
    guard lower.utf8.count <= 400, TextKeys.contains(lower, "cookie") else { return false }
    return ["we use cookies", "use of cookies", "uses cookies", "cookie policy", "cookie settings",
      "accept cookies", "accept all cookies", "cookie preferences", "consent to", "agree to our use",
    ].contains { TextKeys.contains(lower, $0) }
  }

  static func isSubscriptionNotice(_ lower: String, words: [String]) -> Bool {
    guard lower.utf8.count <= 200 else { return false }
    if TextKeys.contains(lower, "newsletter") && (TextKeys.contains(lower, "sign up") || TextKeys.contains(lower, "subscribe")) {
      return true
    }
    if TextKeys.contains(lower, "subscribe") {
      return ["subscribe now", "subscribe today", "subscribe to our", "subscribe to continue",
        "subscribe for", "please subscribe", "subscribers only", "unlimited access",
      ].contains { TextKeys.contains(lower, $0) }
    }
    return TextKeys.contains(lower, "to continue reading") || TextKeys.contains(lower, "already a subscriber")
  }

  static func isAdMarker(_ words: [String]) -> Bool {
    guard words.count <= 8 else { return false }
    if words.contains("advertisement") || words.contains("advertising") || words == ["ad"] {
      return true
    }
    let continues = words.contains { $0.hasPrefix("continu") }
    return continues && (words.contains("below") || words.contains("advert"))
      || words == ["sponsored"] || words == ["sponsored", "content"]
  }

  // MARK: Legal, copyright, photo credits

  /// "Legal Disclaimer", "Disclaimer:" at the start of a paragraph.
  static func isDisclaimerHeading(_ lower: String) -> Bool {
    lower.hasPrefix("legal disclaimer") || lower.hasPrefix("disclaimer:") || lower == "disclaimer"
  }

  static func isLegalOrCopyright(_ lower: String) -> Bool {
    if isDisclaimerHeading(lower) { return true }
    guard lower.utf8.count <= 500 else { return false }
    if TextKeys.contains(lower, "without warranty") || TextKeys.contains(lower, "makes no warranties")
      || TextKeys.contains(lower, "all rights reserved") || TextKeys.contains(lower, "no warranties or representations")
    {
      return true
    }
    guard lower.utf8.count <= 250 else { return false }
    if lower.hasPrefix("©") || lower.hasPrefix("(c) ") { return true }
    if lower.hasPrefix("copyright") {
      let rest = lower.dropFirst("copyright".count).trimmingSpaces
      return rest.first.map { $0 == "©" || $0.isNumber || $0 == "(" } ?? true
    }
    return false
  }

  private static let creditPrefixes = [
    "photo:", "photo by", "(photo", "photograph:", "photograph by", "image:", "image by",
    "(image", "picture:", "credit:", "photo credit", "image credit", "photos:", "video:",
  ]

  static func isPhotoCredit(_ lower: String) -> Bool {
    guard lower.utf8.count <= 160 else { return false }
    if creditPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
    return lower.hasSuffix("getty images") || lower.hasSuffix("getty images)")
  }

  // MARK: Bylines and trailers

  private static let nameGlue: Set<String> = [
    "and", "of", "the", "de", "van", "von", "der", "la", "le", "al", "bin", "da", "del", "du",
  ]

  /// "By John Smith", "By Jill Dougherty and Elise Labott", "By Jane Doe, Reuters".
  static func isByline(_ line: String) -> Bool {
    guard line.hasPrefix("By ") || line.hasPrefix("BY "), line.utf8.count <= 120 else { return false }
    let tokens = line.dropFirst(3).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
    guard (1...12).contains(tokens.count) else { return false }
    for token in tokens {
      if token.contains(where: \.isNumber) { return false }
      if nameGlue.contains(token.lowercased()) { continue }
      guard let first = token.first(where: \.isLetter), first.isUppercase else { return false }
    }
    return !line.hasSuffix(".") || tokens.last.map { $0.count <= 3 } ?? false
  }

  private static let trailerHeaders: Set<String> = [
    "related", "related articles", "related stories", "related content", "related news",
    "related coverage", "related links", "related posts", "read more", "read also", "see also",
    "also read", "more stories", "more news", "most read", "most popular", "most viewed",
    "popular", "recommended", "recommended for you", "you may also like", "you might also like",
    "trending", "trending now", "latest news", "top stories", "what to read next",
    "more on this story", "further reading", "in other news", "don t miss", "editor s picks",
  ]

  /// "Related Articles", "Read more", "More from Reuters", "Most Read".
  static func isTrailerHeader(_ line: String) -> Bool {
    guard line.utf8.count <= 40 else { return false }
    let key = TextKeys.comparisonKey(line)
    if trailerHeaders.contains(key) { return true }
    return key.hasPrefix("more from ") && TextKeys.tokenCount(key) <= 5
  }

  /// A short line that reads like a link title rather than a sentence.
  static func isLinkLike(_ line: String) -> Bool {
    line.utf8.count <= 150 && TextKeys.tokenCount(line) <= 20 && !line.hasSuffix(".")
  }
}
