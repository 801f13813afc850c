import Testing

@testable import ParleyIngest

@Suite("Boilerplate rules")
struct BoilerplateTests {
  @Test(
    "preamble noise before the headline",
    arguments: [
      "Sorry!!", "Error! We're sorry, but the page you were looking for doesn't exist.", "Access Denied",
      "You don't have permission to access this page on this server.",
      "Reference #18.4f2e3b17.1714288123.2a9c11", "Please enable JavaScript and cookies to continue",
      "Checking your browser before accessing the site.", "404 Not Found", "Oops!",
      "Home World Politics Business Opinion Video Subscribe", "Skip to main content", "Sign in Register",
      "News | Sport | Weather | Culture", "Home › World › Europe",
    ])
  func preamble(_ line: String) {
    #expect(Boilerplate.isPreambleNoise(line))
  }

  @Test(
    "headlines that merely contain such words are kept",
    arguments: [
      "Pentagon Admits Error in Kabul Strike", "Sorry State of Affairs in Congress, Senators Say",
      "Putin Says Access to Ports Will Be Denied", "Obama Visits Middle East", "World Leaders Gather for Summit",
      "Cookies, Tariffs and the Trade War", "Russia Blocks Access to Facebook and Twitter",
    ])
  func headlines(_ line: String) {
    #expect(!Boilerplate.isPreambleNoise(line))
  }

  @Test(
    "body boilerplate",
    arguments: [
      "Share this article Facebook Twitter WhatsApp Email Print", "CommentsNo comment", "Comments", "3 comments",
      "Legal Disclaimer:", "Disclaimer: The views expressed are the author's own.",
      "MENAFN provides the information “as is” without warranty of any kind.",
      "© All rights reserved. Reproduction in whole or in part without permission is prohibited.",
      "Copyright 2013 The Associated Press. All rights reserved.",
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept",
      "Sign up for our newsletter", "Subscribe now for unlimited access", "Photo: Jane Doe / Getty Images",
      "(Photo by John Smith/AFP)", "Image: Reuters / Getty Images", "Advertisement", "Story continues below advertisement",
    ])
  func bodyNoise(_ line: String) {
    #expect(Boilerplate.isNoise(line))
  }

  @Test(
    "body sentences that mention such words are kept",
    arguments: [
      "The company was accused of copyright infringement by three publishers.",
      "He said he would subscribe to the view that sanctions work.",
      "Officials shared the photo on Twitter and Facebook after the meeting, the ministry said.",
      "No comment was available from the Kremlin.", "The comments drew criticism from both parties on Sunday.",
      "Share prices fell in Moscow.",
    ])
  func bodyKept(_ line: String) {
    #expect(!Boilerplate.isNoise(line))
  }

  @Test("bylines at the start, not sentences starting with By")
  func bylines() {
    #expect(Boilerplate.isByline("By John Smith"))
    #expect(Boilerplate.isByline("By Jill Dougherty and Elise Labott"))
    #expect(Boilerplate.isByline("By Jane Doe, Reuters"))
    #expect(!Boilerplate.isByline("By noon, the White House press office had released comments."))
    #expect(!Boilerplate.isByline("By March 2017, the inquiry had begun."))
    let body = ["By John Smith", "The talks ended.", "They resume today.", "By Jane Doe"]
    #expect(ArticleAssembly.removeBoilerplate(body) == ["The talks ended.", "They resume today.", "By Jane Doe"])
  }

  @Test("a trailing related-articles block goes; the same words mid-article stay")
  func relatedTrailer() {
    let body = [
      "The talks ended on Friday.", "Read more", "Leaders meet again in Geneva",
      "Sanctions: what comes next", "Most Read",
    ]
    #expect(ArticleAssembly.removeBoilerplate(body) == ["The talks ended on Friday."])
    let middle = ["Read more", "The talks ended on Friday. Both sides said they would meet again soon."]
    #expect(ArticleAssembly.removeBoilerplate(middle) == middle)
  }
}
