/// Parley's interaction triggers: verbs, nouns and light-verb phrases for the
/// 16 PLOVER types, with their inflections.
///
/// Each line of ``table`` is `TYPE mode form preps flags : phrase | phrase …`,
/// where `form` is `v` (verb: inflected automatically, irregular forms listed
/// as `meet/met/met`) or `n` (noun: plural added), `preps` a comma list or `-`,
/// and flags any of `d` (takes a direct object), `m` (mutual),
/// `p` (implies planned), `b` (the sides after "between" are recipients: mediation),
/// `t` (the recipient may follow "that": "demanded that X …"), `a` (needs an aid noun
/// after it: "sent arms to X", not "sent a letter to X"), `r` (received: the one after the
/// preposition acts on the subject, "drew criticism from X").
enum TriggerLexicon {
  static let table = """
    CONSULT - v with,and d,m : meet/met/met | meet with/met with/met with
    CONSULT - v with,to m : speak/spoke/spoken | talk/talked/talked | confer/conferred/conferred | negotiate | consult | hold talks/held talks/held talks | exchange views/exchanged views/exchanged views | sit down/sat down/sat down
    CONSULT - v with m : discuss | discuss with/discussed with/discussed with
    CONSULT phone v with d,m : phone/phoned/phoned | telephone | ring/rang/rung | call/called/called
    CONSULT visit v - d : visit
    CONSULT visit v to - : travel/traveled/traveled | travel/travelled/travelled | fly/flew/flown
    CONSULT visit v in,to - : arrive/arrived/arrived
    CONSULT visit v in - : land/landed/landed | touch down/touched down/touched down
    CONSULT visit v - d : host/hosted/hosted | receive/received/received
    CONSULT - n with,between m : talks | meeting | negotiations | consultations | discussions | conversation | dialogue | summit | tete-a-tete | encounter
    CONSULT - n with m : dinner | lunch | breakfast | luncheon | working lunch | working dinner
    CONSULT - v to - : reach out/reached out/reached out
    CONSULT - v about,on d : inform/informed/informed | brief/briefed/briefed | notify/notified/notified | alert/alerted/alerted
    CONSULT - n to - : letter | open letter
    CONSULT - v with m : dine/dined/dined
    CONSULT phone n with,between m : call | phone call | telephone call | phone conversation | telephone conversation | video call | videoconference | phone talks | telephone talks
    CONSULT visit n to - : visit | trip
    CONSULT visit v - d,p : invite/invited/invited
    CONSULT third-party v between d,b : mediate/mediated/mediated
    CONSULT third-party n between,with b : mediation | mediation effort | mediation mission | mediation efforts
    AGREE - v with,on,to m : agree/agreed/agreed
    AGREE - v to,with d : promise/promised/promised | pledge/pledged/pledged | offer/offered/offered | propose/proposed/proposed | vow/vowed/vowed | accept/accepted/accepted
    AGREE - n with,between m : agreement | deal | accord | truce deal | consensus | ceasefire agreement | peace deal | peace agreement
    AGREE - v with,on m : reach a consensus/reached a consensus/reached a consensus | reach consensus/reached consensus/reached consensus | reach an understanding/reached an understanding/reached an understanding
    SUPPORT - v - d : praise | endorse | back/backed/backed | support | thank | congratulate | commend | hail | applaud | recognize | recognise | defend/defended/defended | welcome/welcomed/welcomed | forgive/forgave/forgiven
    SUPPORT - v with d,m : sign/signed/signed | ratify/ratified/ratified
    SUPPORT - v with,and m : establish diplomatic ties/established diplomatic ties/established diplomatic ties | establish diplomatic relations/established diplomatic relations/established diplomatic relations | establish ties/established ties/established ties | upgrade ties/upgraded ties/upgraded ties | upgrade their diplomatic ties/upgraded their diplomatic ties/upgraded their diplomatic ties | restore ties/restored ties/restored ties | restore diplomatic ties/restored diplomatic ties/restored diplomatic ties | restore relations/restored relations/restored relations
    SUPPORT - v for,to - : provide support/provided support/provided support | offer support/offered support/offered support | express support/expressed support/expressed support | reaffirm support/reaffirmed support/reaffirmed support
    CONCEDE - v to d : apologize/apologized/apologized | apologise/apologised/apologised | pardon | concede/conceded/conceded | allow/allowed/allowed
    CONCEDE - v to,for - : give permission/gave permission/given permission | grant permission/granted permission/granted permission
    CONCEDE - v to,from - : accept demands/accepted demands/accepted demands | accept the demands/accepted the demands/accepted the demands | meet demands/met demands/met demands | meet the demands/met the demands/met the demands | give in/gave in/given in | bow to pressure/bowed to pressure/bowed to pressure | yield to pressure/yielded to pressure/yielded to pressure
    CONCEDE - v on,against,in - : ease/eased/eased | lift/lifted/lifted | call off/called off/called off | relax/relaxed/relaxed | shorten/shortened/shortened
    COOPERATE - v with m : cooperate/cooperated/cooperated | collaborate/collaborated/collaborated
    COOPERATE - v with m : share/shared/shared | exchange intelligence/exchanged intelligence/exchanged intelligence
    COOPERATE - v to,with - : extradite/extradited/extradited | hand over suspects/handed over suspects/handed over suspects
    COOPERATE - n with,between,in m : partnership | strategic partnership
    COOPERATE - n with,between m : prisoner exchange | prisoner swap | joint exercises | cooperation | war games | joint military exercises | joint patrols
    AID - v to d : aid/aided/aided | assist | donate/donated/donated | provide aid/provided aid/provided aid | send aid/sent aid/sent aid | supply weapons/supplied weapons/supplied weapons | evacuate/evacuated/evacuated
    AID - v to d,a : contribute/contributed/contributed | give/gave/given | send/sent/sent | provide/provided/provided | deliver/delivered/delivered | hand over/handed over/handed over | supply/supplied/supplied | grant/granted/granted
    AID - n to,for - : humanitarian aid | military aid | assistance
    RETREAT - v from - : withdraw/withdrew/withdrawn | pull out/pulled out/pulled out | retreat | demobilize/demobilized/demobilized | demobilise/demobilised/demobilised | disarm/disarmed/disarmed
    RETREAT - v to d : pay compensation/paid compensation/paid compensation | return property/returned property/returned property
    RETREAT - n from - : withdrawal | pullout | pull-out | troop withdrawal
    RETREAT release v - d : release/released/released | free/freed/freed
    REQUEST - v - d,t : urge/urged/urged | ask/asked/asked | press/pressed/pressed | demand/demanded/demanded | request/requested/requested | pressure/pressured/pressured | insist/insisted/insisted
    REQUEST - v - d : order/ordered/ordered
    REQUEST - v on,upon - : call on/called on/called on | call upon/called upon/called upon
    REQUEST - v to,for,from - : appeal/appealed/appealed | call for/called for/called for | seek/sought/sought
    REQUEST - v for - : push/pushed/pushed
    ACCUSE - v - d : accuse/accused/accused | blame/blamed/blamed | criticize/criticized/criticized | criticise/criticised/criticised | condemn/condemned/condemned | denounce/denounced/denounced | slam/slammed/slammed | blast/blasted/blasted | pan/panned/panned | lambast/lambasted/lambasted | lambaste/lambasted/lambasted | castigate/castigated/castigated | chastise/chastised/chastised | berate/berated/berated | assail/assailed/assailed | excoriate/excoriated/excoriated | deride/derided/derided | scold/scolded/scolded | rebuke/rebuked/rebuked | investigate/investigated/investigated | sue/sued/sued | summon/summoned/summoned | charge/charged/charged | indict/indicted/indicted
    ACCUSE - v - d : allege that/alleged that/alleged that
    ACCUSE - v at - : lash out/lashed out/lashed out | take aim/took aim/taken aim
    ACCUSE - v from r : draw criticism/drew criticism/drawn criticism | draw fire/drew fire/drawn fire | face criticism/faced criticism/faced criticism | come under fire/came under fire/come under fire | receive criticism/received criticism/received criticism | draw condemnation/drew condemnation/drawn condemnation | face condemnation/faced condemnation/faced condemnation | draw a rebuke/drew a rebuke/drawn a rebuke | draw rebukes/drew rebukes/drawn rebukes | draw sharp criticism/drew sharp criticism/drawn sharp criticism | face sharp criticism/faced sharp criticism/faced sharp criticism
    ACCUSE - v with - : disagree/disagreed/disagreed | break with/broke with/broken with | break ranks with/broke ranks with/broken ranks with
    ACCUSE - v - d : critical of/critical of/critical of | sharply critical of/sharply critical of/sharply critical of | highly critical of/highly critical of/highly critical of
    ACCUSE - n of - : critic | fierce critic | vocal critic | outspoken critic | harsh critic | leading critic
    ACCUSE - v against - : present evidence/presented evidence/presented evidence | file a complaint/filed a complaint/filed a complaint | file charges/filed charges/filed charges | file a lawsuit/filed a lawsuit/filed a lawsuit | file suit/filed suit/filed suit | bring a lawsuit/brought a lawsuit/brought a lawsuit
    SUPPORT - v from r : win an endorsement/won an endorsement/won an endorsement | win the endorsement/won the endorsement/won the endorsement | receive an endorsement/received an endorsement/received an endorsement | receive the endorsement/received the endorsement/received the endorsement | get the endorsement/got the endorsement/gotten the endorsement | secure the endorsement/secured the endorsement/secured the endorsement | win the backing/won the backing/won the backing | receive the backing/received the backing/received the backing | win backing/won backing/won backing
    ACCUSE - v to,about,with,over - : complain/complained/complained | lodge a protest/lodged a protest/lodged a protest | lodge an official protest/lodged an official protest/lodged an official protest
    ACCUSE investigate n against,into,of,on - : investigation | investigations | probe | inquiry
    ACCUSE investigate v - d : put under investigation/put under investigation/put under investigation | placed under investigation/placed under investigation/placed under investigation
    ACCUSE investigate v to,in - : dispatch inspectors/dispatched inspectors/dispatched inspectors | send inspectors/sent inspectors/sent inspectors | dispatch investigators/dispatched investigators/dispatched investigators | send investigators/sent investigators/sent investigators
    ACCUSE - n against,of,on - : accusations | criticism | condemnation
    REJECT - v on,with m : fail to reach agreement/failed to reach agreement/failed to reach agreement | fail to reach an agreement/failed to reach an agreement/failed to reach an agreement | fail to agree/failed to agree/failed to agree
    REJECT - v to,on - : renege on/reneged on/reneged on | go back on/went back on/gone back on | back out of/backed out of/backed out of
    REJECT - v - d : violate/violated/violated | defy/defied/defied
    REJECT - v - d : reject/rejected/rejected | rebuff/rebuffed/rebuffed | dismiss/dismissed/dismissed | veto/vetoed/vetoed | refuse/refused/refused | decline/declined/declined | oppose/opposed/opposed
    THREATEN - v - d,t : threaten/threatened/threatened | warn/warned/warned
    THREATEN - v against,on - : vow to fight/vowed to fight/vowed to fight | swear to fight/swore to fight/sworn to fight | vow revenge/vowed revenge/vowed revenge | vow to retaliate/vowed to retaliate/vowed to retaliate
    THREATEN - n to,against - : ultimatum | threat | threats | warning
    PROTEST - v against - : protest/protested/protested | demonstrate/demonstrated/demonstrated | rally/rallied/rallied
    PROTEST - n against,in - : hunger strike | demonstration | demonstrations | rallies | protests | general strike | riots | sit-in | walkout | work stoppage | national strike | nationwide strike | general strikes | indefinite strike | open-ended strike | labour strike | labor strike | strike action
    PROTEST - v against - : riot/rioted/rioted | march/marched/marched | block roads/blocked roads/blocked roads | block streets/blocked streets/blocked streets | stop work/stopped work/stopped work | block a road/blocked a road/blocked a road | block the road/blocked the road/blocked the road | block the roads/blocked the roads/blocked the roads | block traffic/blocked traffic/blocked traffic | block transport/blocked transport/blocked transport | block the highway/blocked the highway/blocked the highway | go on strike/went on strike/gone on strike
    SANCTION - v - d : sanction/sanctioned/sanctioned | expel/expelled/expelled | boycott/boycotted/boycotted | suspend/suspended/suspended | advise against travel/advised against travel/advised against travel | recall its ambassador/recalled its ambassador/recalled its ambassador | recall their ambassadors/recalled their ambassadors/recalled their ambassadors | halt/halted/halted | cut off/cut off/cut off | freeze/froze/frozen | cancel/cancelled/cancelled | cancel/canceled/canceled | prohibit/prohibited/prohibited | deny entry/denied entry/denied entry
    SANCTION - n with,of,on,to - : suspension | freeze | cutoff
    SANCTION - v with - : cut ties/cut ties/cut ties | sever ties/severed ties/severed ties | break off relations/broke off relations/broken off relations | break relations/broke relations/broken relations
    SANCTION - n on,against - : sanctions | embargo | sanctions package
    MOBILIZE - v in,on,along,near - : remain on alert/remained on alert/remained on alert | put on alert/put on alert/put on alert | placed on alert/placed on alert/placed on alert | go on alert/went on alert/gone on alert | strengthen its forces/strengthened its forces/strengthened its forces | reinforce its troops/reinforced its troops/reinforced its troops | reinforce/reinforced/reinforced
    MOBILIZE - n in,near,off,along - : military exercises | military drills | military exercise | naval drills | naval exercises | live-fire drills | drills | exercises
    MOBILIZE - v to,near,along - : deploy/deployed/deployed | mobilize/mobilized/mobilized | mobilise/mobilised/mobilised | mass troops/massed troops/massed troops
    COERCE - v - d : demolish/demolished/demolished | confiscate/confiscated/confiscated | outlaw/outlawed/outlawed | hack/hacked/hacked | jail/jailed/jailed | imprison/imprisoned/imprisoned | expel from/expelled from/expelled from | torch/torched/torched
    COERCE - n for,against - : arrest warrant | arrest warrants | warrant for the arrest
    COERCE - n on,in,against - : curfew | martial law | crackdown | cyber attack | cyberattack
    COERCE - v on,against - : crack down/cracked down/cracked down
    COERCE - v on,against - : impose restrictions/imposed restrictions/imposed restrictions | impose new restrictions/imposed new restrictions/imposed new restrictions
    COERCE - v - d : force out/forced out/forced out | drive out/drove out/driven out | prevent/prevented/prevented | disperse/dispersed/dispersed | break up/broke up/broken up | crush/crushed/crushed | suppress/suppressed/suppressed
    COERCE - v - d : arrest/arrested/arrested | detain/detained/detained | seize/seized/seized | deport/deported/deported | blockade/blockaded/blockaded | ban/banned/banned
    ASSAULT - v - d : attack/attacked/attacked | bomb/bombed/bombed | shell/shelled/shelled | invade/invaded/invaded | kill/killed/killed | strike/struck/struck | shoot/shot/shot | ambush/ambushed/ambushed | abduct/abducted/abducted | kidnap/kidnapped/kidnapped
    ASSAULT - v on,at - : fire on/fired on/fired on | fire at/fired at/fired at
    ASSAULT - v at,on,into - : fire/fired/fired | launch missiles/launched missiles/launched missiles | launch rockets/launched rockets/launched rockets
    ASSAULT - v with m : clash/clashed/clashed | fight/fought/fought
    ASSAULT - v - d : beat up/beat up/beaten up | beat/beat/beaten | torture/tortured/tortured | abuse/abused/abused | wound/wounded/wounded | massacre/massacred/massacred | execute/executed/executed | assassinate/assassinated/assassinated | raid/raided/raided | storm/stormed/stormed
    ASSAULT - v on,at - : open fire/opened fire/opened fire
    ASSAULT - v in,on - : blow up/blew up/blown up | set fire to/set fire to/set fire to
    ASSAULT - n with,between m : clashes | firefight | fighting | battle
    ASSAULT - n against,in - : ethnic cleansing | massacre | massacres | genocide | atrocities
    ASSAULT - v - d : capture/captured/captured | recapture/recaptured/recaptured | retake/retook/retaken | overrun/overran/overrun
    ASSAULT - n on,against - : raid | raids | air raid | air raids | attack | attacks | airstrike | airstrikes | air strike | air strikes | strikes | missile strike | drone strike | drone attack | offensive | invasion | bombing | shelling
    """

  /// All triggers by their first token.
  static let byFirstToken: [String: [Trigger]] = {
    var result: [String: [Trigger]] = [:]
    for line in table.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let head = line[..<colon].split(separator: " ").map(String.init)
      guard head.count == 5, let type = InteractionType(rawValue: head[0]) else { continue }
      let mode = head[1] == "-" ? nil : head[1]
      let form: Trigger.Form = head[2] == "v" ? .verb : .noun
      let preps = head[3] == "-" ? Set<String>() : Set(head[3].split(separator: ",").map(String.init))
      let flags = Set(head[4])
      for phrase in line[line.index(after: colon)...].split(separator: "|") {
        let forms = phrase.trimmingWhitespaceSubstring().split(separator: "/").map(String.init)
        let base = forms.first ?? ""
        let baseWords = base.split(separator: " ")
        let third = ([thirdPerson(String(baseWords.first ?? ""))] + baseWords.dropFirst().map(String.init))
          .joined(separator: " ")
        for text in inflections(forms, form: form) {
          let tokens = Tokenizer().tokens(in: text).map(\.lower)
          let trigger = Trigger(
            tokens: tokens, type: type, mode: mode, form: form, preps: preps,
            takesDirectObject: flags.contains("d"), isMutual: flags.contains("m"),
            impliedStatus: flags.contains("p") ? .planned : nil,
            betweenAreRecipients: flags.contains("b"), takesThatClause: flags.contains("t"),
            needsAidNoun: flags.contains("a"), isReceived: flags.contains("r"),
            pastForms: form == .verb ? pastForms(forms) : [],
            isBaseOrThirdPerson: form == .verb && (text == base || text == third))
          if result[tokens[0], default: []].contains(trigger) { continue }
          result[tokens[0], default: []].append(trigger)
        }
      }
    }
    for key in result.keys { result[key]?.sort { $0.tokens.count > $1.tokens.count } }
    return result
  }()

  /// The inflected forms of a phrase. Verbs: base, 3rd person, past, participle, -ing
  /// (regular rules unless past forms are given). Nouns: as given plus a plural.
  static func inflections(_ forms: [String], form: Trigger.Form) -> [String] {
    guard let base = forms.first else { return [] }
    var words = base.split(separator: " ").map(String.init)
    guard let first = words.first else { return [] }
    let rest = words.dropFirst().joined(separator: " ")
    func with(_ head: String) -> String { rest.isEmpty ? head : head + " " + rest }
    if form == .noun {
      words[words.count - 1] = plural(words[words.count - 1])
      return [base, words.joined(separator: " ")]
    }
    var out = [base, with(thirdPerson(first)), with(ing(first))]
    if forms.count >= 3 {
      out += [forms[1], forms[2]]
    } else {
      out.append(with(past(first)))
    }
    var seen = Set<String>()
    return out.filter { seen.insert($0).inserted }
  }

  /// The past-tense forms of a verb phrase: given ones, or the regular past.
  static func pastForms(_ forms: [String]) -> [String] {
    if forms.count >= 3 { return [forms[1], forms[2]] }
    var words = (forms.first ?? "").split(separator: " ").map(String.init)
    guard let first = words.first else { return [] }
    words[0] = past(first)
    return [words.joined(separator: " ")]
  }

  static func thirdPerson(_ w: String) -> String {
    if w.hasSuffix("s") || w.hasSuffix("sh") || w.hasSuffix("ch") || w.hasSuffix("x") { return w + "es" }
    if w.hasSuffix("y"), let p = w.dropLast().last, !"aeiou".contains(p) { return w.dropLast() + "ies" }
    return w + "s"
  }

  static func past(_ w: String) -> String {
    if w.hasSuffix("e") { return w + "d" }
    if w.hasSuffix("y"), let p = w.dropLast().last, !"aeiou".contains(p) { return w.dropLast() + "ied" }
    return w + "ed"
  }

  static func ing(_ w: String) -> String {
    if w.hasSuffix("ie") { return w.dropLast(2) + "ying" }
    if w.hasSuffix("e") && !w.hasSuffix("ee") { return w.dropLast() + "ing" }
    let doubled: Set<String> = ["ban", "slam", "kidnap", "expel", "sit", "shop", "stop", "plan"]
    if doubled.contains(w), let l = w.last { return w + String(l) + "ing" }
    return w + "ing"
  }

  static func plural(_ w: String) -> String {
    if w.hasSuffix("s") { return w }
    if w.hasSuffix("sh") || w.hasSuffix("ch") || w.hasSuffix("x") { return w + "es" }
    if w.hasSuffix("y"), let p = w.dropLast().last, !"aeiou".contains(p) { return w.dropLast() + "ies" }
    return w + "s"
  }
}

extension Substring {
  func trimmingWhitespaceSubstring() -> String { String(self).trimmingWhitespace() }
}
