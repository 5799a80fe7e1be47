import XCTest
@testable import TranscriptKit

/// Key terms: four per exchange, named things first, variants merged, no filler or page junk.
final class KeyTermTests: XCTestCase {
    private func terms(_ exchanges: [String]) -> [Int: [String]] {
        var text = ""
        for answer in exchanges { text += "Host: What about this?\n\nGuest: \(answer)\n\n" }
        return EntityIndex(document: TranscriptParser.parse(text)).keyTerms
    }

    /// The key terms of `answer`'s exchange, a second exchange beside it so that weights can differ.
    private func termsAlone(_ answer: String) -> [String] {
        terms([answer, "Wheat and wheat again."])[1] ?? []
    }

    func testVariantsAreOneTermAndNamesStayWhole() {
        let found = terms([
            "Syria and the Syrian people suffer. Syria needs help. The Syrian army holds Idlib. Security in the Persian Gulf "
                + "matters, and the Persian Gulf states agree. Chemical weapons were used; chemical weapons are banned. Refugees "
                + "fled, and refugees came back.",
            "France told us something. France wants to affect the plans. Something else was raised.",
            "Germany has plans. Germany told us nothing.",
        ])
        let first = found[1] ?? []
        XCTAssertEqual(first.count, 4, "\(first)")
        XCTAssertEqual(first.filter { $0.lowercased().hasPrefix("syria") }.count, 1, "\(first)")
        XCTAssertTrue(first.contains("Persian Gulf"), "\(first)")
        XCTAssertFalse(first.contains { $0.lowercased() == "gulf" }, "\(first)")
        XCTAssertTrue(first.contains { $0.lowercased() == "chemical weapons" }, "\(first)")
        for filler in ["told", "something", "affect", "plans", "raised"] {
            XCTAssertFalse(found.values.joined().contains(filler), filler)
        }
    }

    func testWhomTheSpeakerAddressesAndBrokenWordsAreNoTerms() {
        let found = terms([
            "Thanks, Alex. The pipeline isn\u{2019}t finished, and the pipeline don\u{2019}t need more money; the pipeline "
                + "runs to the harbour. We tried this sprea- this outreach before, and the harbour board agreed. Go ahead, Alex.",
            "Marta, the harbour board meets in June. Tariffs on steel rose, and tariffs on steel hurt the harbour.",
            "Norway is a partner. Norway and the harbour board signed in May.",
        ])
        let all = found.values.joined().map { $0.lowercased() }
        for junk in ["alex", "marta", "isn", "don", "sprea"] { XCTAssertFalse(all.contains(junk), "\(junk) in \(found)") }
        XCTAssertTrue(found[1]?.contains { $0.lowercased() == "pipeline" } == true, "\(found)")
    }

    func testAPhraseOpensWithAKindNotAJudgement() {
        let found = terms([
            "It was a horrendous crime, a horrendous crime against the harbour workers. The harbour police arrested two men.",
            "Norway is a partner. Norway and the harbour board signed in May.",
            "Tariffs on steel rose, and tariffs on steel hurt the harbour.",
        ])
        XCTAssertFalse(found.values.joined().contains { $0.lowercased() == "horrendous crime" }, "\(found)")
        XCTAssertTrue(KeyTerms.judging.contains("realistic"))
    }

    func testAPagesFooterIsNeverATerm() {
        let footer = "* [LiveJournal](http://www.livejournal.com/update.bml?event=%3Cdiv%20style%3D%22border%22%3E%3C/div%3E"
            + "%3Cdiv%20style%3D%22margin%22%3E)"
        let found = terms(["Libya and Libya again, the Libyan parties.", "Tunisia and Tunisia. " + footer + " " + footer])
        for term in found.values.joined() {
            XCTAssertFalse(["style", "cdiv", "div", "livejournal", "border"].contains(term.lowercased()), term)
        }
        XCTAssertEqual(KeyTerms.withoutAddresses("see http://a.b/c?d=e) now").count, "see http://a.b/c?d=e) now".count)
        // An encoded page outside a link, or past a `)` inside one, is blanked as a whole.
        let loose = "Share event=%3Cdiv%20style%3D%22b%22%3E (Text) x)%3Cdiv%3E"
        XCTAssertTrue(KeyTerms.mayHoldAddress(loose))
        XCTAssertEqual(KeyTerms.withoutAddresses(loose).split(separator: " "), ["Share", "(Text)"])
        XCTAssertEqual(KeyTerms.withoutAddresses(loose).unicodeScalars.count, loose.unicodeScalars.count)
    }

    func testPageMarkupLeftInTheTextIsNeverATerm() {
        // A scraped page's last answer runs into its footer's markup, written or escaped, and a script.
        let markup = #"<div style="text-align:right;"><a href="http://x.org/" style="text-decoration:none">x.org</a></div>"#
            + #" <script>var cdiv = document.createElement('div'); cdiv.style.display = 'none';</script>"#
        let escaped = markup.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        for footer in [markup, escaped] {
            let found = terms(["Libya and Libya again, the Libyan parties.",
                               "The railway reaches the harbour; the railway is new. " + footer + " " + footer])
            for term in found.values.joined() {
                XCTAssertFalse(["style", "cdiv", "div", "text", "script", "document", "display", "decoration", "none"]
                    .contains(term.lowercased()), term)
            }
            XCTAssertTrue(found[2]?.contains("railway") == true, "\(found)")
        }
        // Offsets stay: each scalar of markup is a space; a `<` that opens no tag is text.
        let text = "a < b and <b>bold</b> words"
        XCTAssertEqual(KeyTerms.withoutAddresses(text).unicodeScalars.count, text.unicodeScalars.count)
        XCTAssertEqual(KeyTerms.withoutAddresses(text).split(separator: " "), ["a", "<", "b", "and", "bold", "words"])
    }

    func testTheQuestionsWordsCountTwiceOnlyWhenTheAnswerTakesThemUp() {
        // The preamble's `pension reform` is never said again (before, it came first); the answer takes up
        // the `harbour`, `ferries` and `lighthouse` the question asks about, and `Norway` is named.
        let text = """
        Host: My pension reform question comes later, the pension reform of the spring. Is the harbour in Norway ready for the ferries and the lighthouse?

        Guest: The harbour is ready. The ferries come to Norway in May, and the lighthouse is lit before the ferries. Cranes, cranes.

        Host: And the tunnel?

        Guest: The tunnel opens in June; the tunnel is long. Tolls, tolls.

        Host: And the bridge?

        Guest: The bridge is closed; the bridge needs paint. Rivets, rivets.

        """
        let found = EntityIndex(document: TranscriptParser.parse(text)).keyTerms[1] ?? []
        XCTAssertEqual(Set(found.map { $0.lowercased() }), ["harbour", "norway", "ferries", "lighthouse"], "\(found)")
    }

    func testNearDuplicatesAreOneTermButNamesSharingAWordAreNot() {
        // `Asian` beside `Asia` is Asia; `United Nations` is not `United States`, though they share
        // a word; `Bay Harbour` inside `Bay Harbour Authority` is the same thing said shorter.
        let found = terms([
            "Asian buyers came, and Asia grew. Asian ports in Asia are full. The United States and the United Nations "
                + "disagree; the United States voted, the United Nations met.",
            "The Bay Harbour Authority met; the Bay Harbour Authority sold cranes. Bay Harbour is busy, and Bay Harbour grows.",
            "Shipping and shipping again: tolls, tolls.",
        ])
        let first = (found[1] ?? []).map { $0.lowercased() }
        XCTAssertEqual(first.filter { $0.hasPrefix("asia") }, ["asia"], "\(first)")
        XCTAssertTrue(first.contains("united states") && first.contains("united nations"), "\(first)")
        let second = (found[2] ?? []).map { $0.lowercased() }
        XCTAssertEqual(second.filter { $0.hasPrefix("bay harbour") }.count, 1, "\(second)")
        let ranked: [(shown: String, stems: Set<String>, whole: Bool)] = [
            ("Persian Gulf", ["persian", "gulf"], true), ("Gulf", ["gulf"], false),
            ("Gulf Cooperation Council", ["gulf", "cooperation", "council"], true),
        ]
        XCTAssertEqual(KeyTerms.choose(ranked, count: 4),
                       ["Persian Gulf", "Gulf Cooperation Council"])
    }

    func testAnAbstractNounAloneWeighsLess() {
        // WordNet's qualities, thoughts and feelings (`intuition`, `difference`); not its acts and things.
        for word in ["intuition", "affection", "difference", "future"] { XCTAssertTrue(KeyTerms.abstractWords.contains(word), word) }
        for word in ["sanctions", "missile", "referendum", "harvest", "oil"] { XCTAssertFalse(KeyTerms.abstractWords.contains(word), word) }
        let found = terms([
            "My intuition says the harvest failed. Intuition told me; the harvest was poor. Grain, grain. Cattle, cattle. Barley, barley.",
            "Shipping and shipping again: ports, ports.",
        ])
        XCTAssertFalse((found[1] ?? []).contains("intuition"), "\(found[1] ?? [])")
        // A word made with `-ness` names a quality, listed or not (`readiness` is not in WordNet's list).
        XCTAssertFalse(KeyTerms.abstractWords.contains("readiness"))
        let ready = terms([
            "Our readiness matters; readiness is all. The harvest failed, the harvest was poor. We sold grain and more grain, "
                + "cattle and more cattle, barley and more barley.",
            "Shipping and shipping again: ports, ports.",
        ])
        XCTAssertFalse((ready[1] ?? []).contains("readiness"), "\(ready[1] ?? [])")
    }

    func testAPlaceIsShownAsItselfAndOnceForItsCountry() {
        // Crimea is the subject, not Ukraine alone; Kiev and Kyiv, one city spelt twice, give way to it.
        let shown = Set(terms(["Crimea voted, Crimea decided, and Ukraine objected; Kiev protested and Kyiv protested again.",
                               "Wheat and wheat again.", "Barley and barley again."])[1] ?? [])
        XCTAssertEqual(shown.intersection(["Crimea", "Ukraine", "Kiev", "Kyiv"]), ["Crimea", "Ukraine"])
    }

    func testMonthsAreNeverTerms() {
        let found = terms(["In January we met, and in January we agreed on coal. Coal matters.", "Wheat and wheat again."])
        XCTAssertFalse(found[1]?.contains("January") == true, "\(found[1] ?? [])")
    }

    func testNamesListedAreEachTheirOwnAndOKIsFiller() {
        // `Pliny and Herodotus` is two writers, not one name; `Savings and Loan`, of common words, stays whole.
        let found = terms([
            "Wine from Georgia, as Pliny and Herodotus wrote. Both Pliny and Herodotus praised the wine. OK, the wine again. OK.",
            "In December and January the harbour froze; in December and January the harbour shut.",
            "The Savings and Loan crisis hurt banks. The Savings and Loan crisis hurt banks again.",
        ])
        let all = found.values.joined()
        XCTAssertFalse(all.contains { $0.contains(" and ") && !$0.hasPrefix("Savings") }, "\(found)")
        XCTAssertTrue(found[1]?.contains("Herodotus") == true && found[1]?.contains("Pliny") == true, "\(found)")
        XCTAssertFalse(all.contains { $0.hasPrefix("December") || $0 == "OK" }, "\(found)")
        XCTAssertEqual(KeyTerms.listing(["Pliny", "and", "Herodotus"]), ["Pliny", "Herodotus"])
        XCTAssertNil(KeyTerms.listing(["Bosnia", "and", "Herzegovina", "Army"]))
    }

    func testAPeoplesWordSpeltAsItsPlaceIsThePlace() {
        // `Chechen` beside `Chechnya` is one term; `Austria` and `Australia`, both known, stay two.
        let found = terms([
            "Chechen elders met in Chechnya, and Chechnya is calm now, the Chechen elders say.",
            "Austria and Australia signed; Austria and Australia trade wool.",
            "Wheat and wheat again.",
        ])
        XCTAssertEqual((found[1] ?? []).filter { $0.hasPrefix("Chech") }, ["Chechnya"], "\(found)")
        XCTAssertTrue(found[2]?.contains("Austria") == true && found[2]?.contains("Australia") == true, "\(found)")
    }

    func testTwoThingsSaidAsOneAreOnePhraseButAVerbsObjectIsNot() {
        // `oil and gas` is one term (not `oil`, then `gas`); `reprimand` takes an object, so it is no thing listed.
        let first = termsAlone("Our oil and gas go to Europe; oil and gas pay for the budget. We will dismiss ministers and "
            + "reprimand several, ministers and reprimand them.")
        XCTAssertTrue(first.contains("oil and gas"), "\(first)")
        XCTAssertFalse(first.contains { $0 == "oil" || $0 == "gas" || $0.hasSuffix("and reprimand") }, "\(first)")
    }

    func testTheFirstHalfOfAHyphenedWordEndsNoPhrase() {
        let first = termsAlone("The local self-defense forces came to town; the local self-defense forces left town.")
        XCTAssertFalse(first.contains("local self"), "\(first)")
    }

    func testAHyphenedWordIsOneWordNamedByItsLastPart() {
        // `self-determination` alone and `long-term ties` as a phrase; `long-term` qualifies, so is no
        // term alone; a verb's particle (`follow-ups`) and a broken piece (`multi`) are none either.
        let first = termsAlone("Self-rule came from self-determination, and self-determination was the vote. We want "
            + "long-term ties, and long-term ties need trust. Two quick follow-ups, two follow-ups: multi-stakeholder, multi-stakeholder.")
        XCTAssertTrue(first.contains("self-determination"), "\(first)")
        XCTAssertTrue(first.contains("long-term ties"), "\(first)")
        for junk in ["long-term", "determination", "self", "follow-ups", "quick follow-ups", "multi", "ties"] {
            XCTAssertFalse(first.contains(junk), "\(junk) in \(first)")
        }
        // A second term for the same thing: `fiction` after `non-fiction`.
        let fiction = termsAlone("We sell non-fiction, mostly non-fiction, and non-fiction pays. Fiction sells too: fiction, fiction.")
        XCTAssertEqual(fiction.filter { $0.hasSuffix("fiction") }.count, 1, "\(fiction)")
    }

    func testAPhraseSaidInTheSingularAndThePluralIsOneTerm() {
        // Once each way, the phrase is said twice and shows; `election` and `elections` alone stay apart.
        let first = termsAlone("The town planted new apple orchards. One apple orchard burnt in the storm.")
        XCTAssertTrue(first.contains("apple orchards"), "\(first)")
        var here: [String: KeyTerms.Tally.Entry] = [
            "nuclear test": .init(count: 1, kind: .phrase, shown: "nuclear test"),
            "nuclear tests": .init(count: 2, kind: .phrase, shown: "nuclear tests"),
            "election": .init(count: 1, kind: .word, shown: "election"),
            "elections": .init(count: 1, kind: .word, shown: "elections"),
        ]
        XCTAssertEqual(["presses", "taxes", "churches", "wishes", "sanctions", "countries", "crisis", "press"].map(KeyTerms.stem),
                       ["press", "tax", "church", "wish", "sanction", "country", "crisis", "press"])
        KeyTerms.mergePlurals(&here)
        XCTAssertEqual(here["nuclear tests"]?.count, 3)
        XCTAssertNil(here["nuclear test"])
        XCTAssertEqual(here["election"]?.count, 1)
    }

    func testAnAcronymAndTheWordsItStandsForAreOneTerm() {
        typealias Term = (shown: String, stems: Set<String>, whole: Bool)
        func term(_ shown: String, whole: Bool = false) -> Term {
            (shown, Set(shown.lowercased().split(separator: " ").map { KeyTerms.stem(String($0)) }), whole)
        }
        XCTAssertEqual(KeyTerms.choose([term("Universal Basic Income", whole: true), term("tokens"), term("UBI"), term("votes")], count: 3),
                       ["Universal Basic Income", "tokens", "votes"])
        XCTAssertEqual(KeyTerms.choose([term("AI"), term("artificial intelligence"), term("games")], count: 2), ["AI", "games"])
        // Two names with the same initials are still two things.
        XCTAssertEqual(KeyTerms.choose([term("New York", whole: true), term("North Yemen", whole: true)], count: 2).count, 2)
        XCTAssertEqual(KeyTerms.initialsOf("Government of National Accord"), "GNA")
    }

    func testAnEventNamedAfterAPlaceIsTheEvent() {
        let found = terms(["The Berlin Conference met. The Berlin Conference agreed.", "Moscow is cold. Moscow is far."])
        XCTAssertTrue(found[1]?.contains("Berlin Conference") == true, "\(found[1] ?? [])")
    }

    func testAWordAloneNamesAThing() {
        // Verbs, adjectives and adverbs said again and again still say nothing alone.
        let found = terms([
            "The farmers need help, and help tries to arrive; it tries hard. Things got closer and closer. "
                + "The harvest failed, the harvest was poor, and the farmers sold their cattle.",
            "Shipping and shipping again: ports, ports.",
        ])
        let first = (found[1] ?? []).map { $0.lowercased() }
        for filler in ["help", "tries", "closer"] { XCTAssertFalse(first.contains(filler), "\(first)") }
        XCTAssertTrue(first.contains("harvest"), "\(first)")
        XCTAssertTrue(first.contains("farmers"), "\(first)")
        // A phrase ends in the thing it names: `parties participating` is no thing.
        XCTAssertTrue(KeyTerms.actionWords.contains("participating") && !KeyTerms.actionWords.contains("harvest"))
    }

    func testThreeWordsInARowStayOnePhrase() {
        let found = terms([
            "Our foreign currency reserves grew. The foreign currency reserves are large, and foreign currency reserves matter.",
            "Cats sleep.", "Dogs bark.",
        ])
        let first = found[1] ?? []
        XCTAssertTrue(first.contains("foreign currency reserves"), "\(first)")
        XCTAssertFalse(first.contains("currency reserves") || first.contains("foreign currency"), "\(first)")
    }

    func testAVerbBeforeANounMakesNoPhrase() {
        // `borrow money` is what is done, not a thing; `budget deficit` is one.
        let found = terms([
            "We borrow money when the budget deficit grows. We borrow money again; the budget deficit stays.",
            "Cats sleep.", "Dogs bark.",
        ])
        let first = found[1] ?? []
        XCTAssertTrue(first.contains("budget deficit"), "\(first)")
        XCTAssertFalse(first.contains("borrow money"), "\(first)")
    }

    func testAWordEveryTextSaysGivesWayToARarerOne() {
        // Both said twice in one exchange only; `solution` is common English, `subsidies` is not.
        let found = terms([
            "The solution is subsidies. A solution without subsidies fails.",
            "Cats sleep.", "Dogs bark.",
        ])
        XCTAssertEqual(found[1]?.first, "subsidies", "\(found[1] ?? [])")
        XCTAssertLessThan(KeyTerms.rarity("future"), KeyTerms.rarity("sanctions"))
    }

    func testAShortWordMustBeEnglish() {
        let found = terms(["The price of oil fell; cheap oil hurt us. The iof and iof.", "Cats sleep.", "Dogs bark."])
        let first = found[1] ?? []
        XCTAssertTrue(first.contains("oil"), "\(first)")
        XCTAssertFalse(first.contains("iof"), "\(first)")
    }

    func testATopicIsShownInTheExchangesOwnWords() {
        let found = terms(["The hackers struck twice; hackers are everywhere.", "Wheat and wheat again."])
        XCTAssertTrue(found[1]?.contains("hackers") == true, "\(found[1] ?? [])")
        XCTAssertFalse(found[1]?.contains("cybersecurity") == true, "\(found[1] ?? [])")
    }

    func testATopicSaidBeforeTheSameNounIsThatPhrase() {
        let found = terms([
            "The ceasefire zones hold in the north. Two ceasefire zones more are planned, and the ceasefire zones need monitors.",
            "The hackers struck twice; hackers are everywhere. Hackers again.",
            "Wheat and wheat again.",
        ])
        XCTAssertTrue(found[1]?.contains("ceasefire zones") == true, "\(found[1] ?? [])")
        // `zones` alone is the same thing again, and a noun said once after a topic makes no phrase.
        XCTAssertFalse(found[1]?.contains("zones") == true, "\(found[1] ?? [])")
        XCTAssertTrue(found[2]?.contains("hackers") == true, "\(found[2] ?? [])")
        // Compared whole, as a name of several words is: a phrase sharing one of its words is another thing.
        let pair = terms([
            "The civil rights leaders spoke; civil rights leaders marched, civil rights leaders again. The voting rights bill, voting rights for all.",
            "Wheat and wheat again.", "Cats sleep.",
        ])
        XCTAssertEqual(Set(pair[1] ?? []).intersection(["civil rights leaders", "voting rights"]).count, 2, "\(pair[1] ?? [])")
        // Said after the word that says which, it is that phrase too.
        let which = terms(["We build smart contracts; smart contracts run the loans. The contracts pay.", "Wheat and wheat again.", "Cats sleep."])
        XCTAssertTrue(which[1]?.contains("smart contracts") == true, "\(which[1] ?? [])")
        XCTAssertEqual(KeyTerms.qualifier(9..<18, in: Tokens("The very contracts")), nil)
        // Its wordings in either number count together: once each way is twice.
        let election = terms(["We wait for the presidential elections. The presidential election campaign starts in May, and elections cost.",
                              "Wheat and wheat again.", "Cats sleep."])
        XCTAssertTrue(election[1]?.contains("presidential elections") == true, "\(election[1] ?? [])")
        XCTAssertEqual(KeyTerms.qualifier(10..<19, in: Tokens("The smart contracts")), "smart")
    }

    func testWhoSpeaksIsNoKeyTerm() {
        let text = """
            Anna Weber: Mr Kuznetsov, Boris Kuznetsov said last year that Chancellor Scholz owes him a visit. Will Scholz come?

            Boris Kuznetsov: Chancellor Scholz is welcome. Scholz and I will talk about grain.

            Anna Weber: Let us turn to transport. How long will the new railways to the north take to build?

            Boris Kuznetsov: Railways, railways: we build railways.
            """
        let found = EntityIndex(document: TranscriptParser.parse(text)).keyTerms
        let all = found.values.joined()
        XCTAssertFalse(all.contains { $0.contains("Kuznetsov") }, "\(found)")
        XCTAssertTrue(all.contains { $0.contains("Scholz") }, "\(found)")
    }

    func testAQuestionersIntroductionIsNotWhatTheyAsk() {
        let text = """
            Question: Good afternoon, Mr President. Maria Ivanova, columnist for the Tula Gazette.

            What about coal mines? The coal mines are closing.

            Vladimir Putin: Coal mines will get funding. Coal matters.

            Question: Pyotr Sidorov, Omsk Radio. What about rivers?

            Vladimir Putin: Rivers and rivers, floods.
            """
        let found = EntityIndex(document: TranscriptParser.parse(text)).keyTerms
        let all = found.values.joined()
        for who in ["Maria Ivanova", "Tula Gazette", "Pyotr Sidorov", "Omsk Radio"] { XCTAssertFalse(all.contains(who), "\(found)") }
        XCTAssertTrue(found[1]?.contains { $0.lowercased().contains("coal") } == true, "\(found)")
        // A short sentence that does say something about a person stays.
        var tokens = Tokens()
        tokens.read("Chancellor Scholz met the miners. What next?")
        XCTAssertNil(KeyTerms.introduction(in: tokens, names: [PackedMention(code: 0, range: 11..<17, kind: .name)][...]))
    }

    /// A questioner says their name as theirs (`My name is …, I represent …`, `Name, Town, the
    /// Outlet publishing house.`), verbs or no; whoever called on them named the questioner too.
    func testAQuestionerWhoSaysTheirNameIsNoTermNorWhoeverCallsOnThem() {
        let text = """
            Moderator: Boris Kalinin, please go ahead.

            Question: Hello, Mr President! My name is Boris Kalinin, I represent the Northern Lights television station. Our bridges are rotting. When will the bridges be repaired?

            Vladimir Putin: The bridges will be repaired next year. Bridges and roads come first, and the bridges budget is set.

            Moderator: Omsk, please.

            Question: Galina Orlova, Omsk, the Siberian Courier publishing house.

            What about the rivers? The rivers flood every spring.

            Vladimir Putin: Rivers flood, and the rivers will be dredged. Floods cost money.
            """
        let found = EntityIndex(document: TranscriptParser.parse(text)).keyTerms
        let all = found.values.joined()
        for who in ["Boris Kalinin", "Northern Lights", "Galina Orlova", "Siberian Courier"] { XCTAssertFalse(all.contains(who), "\(found)") }
        XCTAssertTrue(all.contains { $0.lowercased().contains("bridges") }, "\(found)")
    }

    /// Not introductions: a name after a title's full stop (`Dr. Kevin Oakes, his physician,
    /// released…`), nor one after `is` that is no `my name is`.
    func testANameAfterATitleOrAnIsIsStillWhatIsAsked() {
        var tokens = Tokens()
        tokens.read("It was on his birthday. Dr. Kevin Oakes, his physician, released the report.")
        XCTAssertNil(KeyTerms.introduction(in: tokens, names: [PackedMention(code: 0, range: 28..<39, kind: .name)][...]))
        tokens.read("The next guest is Shinzo Abe. What will you give him?")
        XCTAssertNil(KeyTerms.introduction(in: tokens, names: [PackedMention(code: 0, range: 18..<28, kind: .name)][...]))
        tokens.read("Hello! My name is Shinzo Abe, I write for the Tokyo Herald. What will you give?")
        XCTAssertEqual(KeyTerms.introduction(in: tokens, names: [PackedMention(code: 0, range: 18..<28, kind: .name)][...])?.announced, true)
    }

    /// `SECRETARY KERRY:` is the John Kerry the text names: a speaker, never a key term.
    func testASpeakerLabelledByTitleAndSurnameIsNoTerm() {
        let text = """
            Q: Secretary Kerry, what did John Kerry promise China on emissions? Emissions rise in China.

            SECRETARY KERRY: Emissions will fall. China and emissions targets, and John Kerry keeps his word.

            Q: And coal?

            SECRETARY KERRY: Coal plants close. Coal is done.
            """
        let found = EntityIndex(document: TranscriptParser.parse(text)).keyTerms
        XCTAssertFalse(found.values.joined().contains("John Kerry"), "\(found)")
    }

    /// `criticise`, `organising`, `analyse`: the British spelling of a verb is a verb (WordNet spells -ize).
    func testABritishSpellingOfAVerbIsNoTerm() {
        let found = termsAlone("They criticise the harbour, and we criticise the harbour board. Critics criticise; "
            + "they are organising protests, organising more protests. We analyse it, and analyse again. The harbour matters.")
        for verb in ["criticise", "organising", "analyse"] { XCTAssertFalse(found.contains(verb), "\(found)") }
        XCTAssertTrue(found.contains { $0.contains("harbour") }, "\(found)")
    }

    /// What the title calls the occasion (`News conference of the Mayor`) is no exchange's subject.
    func testTheOccasionTheTitleNamesIsNoTerm() {
        let text = """
            News conference of the Mayor

            Host: At the last news conference you promised bridges. At this news conference, what of the bridges?

            Guest: This news conference is about bridges: the bridges will be built, news conference or not.

            Host: And the harbour?

            Guest: The harbour will be dredged. The harbour matters.
            """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.title, "News conference of the Mayor")
        let found = EntityIndex(document: d).keyTerms
        XCTAssertFalse(found.values.joined().contains { $0.lowercased().hasPrefix("news conference") }, "\(found)")
        XCTAssertTrue(found[1]?.contains("bridges") == true, "\(found)")
    }

    func testNamesThatAWordOpensOrAnEventWordEndsStayWhole() {
        let found = terms([
            "The Far East grows, and the Far East builds. We met at the Northern Grain forum; the Northern Grain forum met again. "
                + "Mrs. Lindqvist's plan helped Lindqvist.",
            "Wheat and wheat again.",
        ])
        let first = found[1] ?? []
        XCTAssertTrue(first.contains("Far East"), "\(first)")
        XCTAssertTrue(first.contains("Northern Grain forum"), "\(first)")
        XCTAssertFalse(first.contains("Mrs"), "\(first)")
    }

    func testTheSidebarLeadsEachExchangeWithTwoKeyTerms() {
        let document = Document.embeddedInterview()
        // Outside the live reader (`colloquy render`, tests) asking builds what it needs, so
        // that a frame drawn there is the one the live reader ends on.
        let index = LazyEntityIndex(document: document)
        let labels = index.exchangeTopics() ?? [:]
        let terms = EntityIndex(document: document).keyTerms
        XCTAssertEqual(labels.count, document.exchanges.count)
        for (number, words) in labels { XCTAssertEqual(words, Array((terms[number] ?? []).prefix(2))) }
        XCTAssertTrue(labels[9]?.contains("Libya") == true, "\(labels[9] ?? [])")
    }

    func testInTheLiveReaderTheyAreWorkedOutInTheBackground() {
        let index = LazyEntityIndex(document: Document.embeddedInterview())
        index.buildInBackground()
        var labels = index.exchangeTopics()
        let deadline = Date().addingTimeInterval(20)
        while labels == nil, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            labels = index.exchangeTopics()
        }
        XCTAssertEqual(labels?.count, 9)
    }

    func testTheCandidatesForFittingHoldTheRulesChoiceAndTheGoldsMatching() throws {
        // Scripts/fit-key-terms replays the rules from the dump: taking the ranked candidates in
        // order must give the key terms the reader shows, or its baseline would be another ranking.
        let document = Document.embeddedInterview()
        let entities = EntityIndex(document: document)
        let dumped = KeyTerms.candidates(document, entities: EntityKind.allCases.map(entities.index))
        XCTAssertEqual(dumped.count, document.exchanges.count)
        for (number, candidates) in dumped {
            XCTAssertTrue(candidates.allSatisfy { $0.features.count == KeyTerms.Feature.allCases.count })
            let ranked = candidates.filter { $0.ruleRank != nil }
            XCTAssertEqual(ranked.map(\.ruleRank), ranked.map(\.ruleRank).sorted { $0! < $1! })
            XCTAssertEqual(KeyTerms.choose(ranked.map { ($0.shown, $0.stems, $0.whole) }, count: 4), entities.keyTerms[number] ?? [], "exchange \(number)")
        }
        let gold = try EntityGold(json: Data(#"{"file": "x", "key_terms": [{"line": 1, "terms": [["syria", "syrian"], ["the Syrian"]]}]}"#.utf8))
        XCTAssertEqual(EntityScore.groups(holding: "Syrian", in: gold.keyTerms[0].groups), [0, 1])
    }
}
