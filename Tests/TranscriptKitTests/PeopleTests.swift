import XCTest
@testable import TranscriptKit
import TestSupport

/// The People tab: who is named where, by full name, and what is not a person.
final class PeopleTests: XCTestCase {
    /// Person → paragraphs (block indexes) that mention them, for a transcript built from `answers`.
    private func people(_ answers: [String]) -> [String: [Int]] {
        var text = ""
        for answer in answers { text += "Host: What then?\n\nGuest: \(answer)\n\n" }
        let document = TranscriptParser.parse(text)
        var out: [String: [Int]] = [:]
        for entity in EntityIndex(document: document).people.entities { out[entity.name] = entity.blocks }
        return out
    }

    private func names(_ answers: String...) -> Set<String> { Set(people(answers).keys) }

    func testSurnamesAndModifiersAfterAFullNameAreThatPerson() {
        let found = people([
            "Opposition leader Alexei Navalny was taken to Berlin.",
            "Nobody has shown what happened to Navalny.",
            "They want to punish us for the Navalny case.",
            "Mr Navalny's team says otherwise.",
        ])
        XCTAssertEqual(found.keys.sorted(), ["Alexei Navalny"])
        XCTAssertEqual(found["Alexei Navalny"]?.count, 4, "\(found)")
    }

    func testASurnameAloneCountsWhenTheTextTreatsItAsAPerson() {
        XCTAssertEqual(names("This was worse than Hitler's Germany."), ["Adolf Hitler"], "possessive, well-known")
        XCTAssertEqual(names("Shortly after, Kowalczyk said the deal was off."), ["Kowalczyk"], "a verb of speech")
        XCTAssertEqual(names("We are grateful to Chancellor Nehammer."), ["Nehammer"], "a title")
        XCTAssertEqual(names("We are grateful to Chancellor Scholz."), ["Olaf Scholz"], "well known: shown in full")
        XCTAssertEqual(names("It started under the Obama administration."), ["Barack Obama"])
        XCTAssertEqual(names("Nobody asked Kowalczyk anything."), [], "nothing vouches for a surname alone")
        XCTAssertEqual(names("Call it \u{2018}Kowalczyk\u{2019}, or \u{2018}Grumbledore\u{2019}."), [], "quoted words, not possessives")
        XCTAssertEqual(names("It was Kowalczyk\u{2019} idea."), ["Kowalczyk"])
    }

    func testTheIssuesOtherShapesOfASurname() {
        XCTAssertEqual(names("They fought the Assad regime."), ["Bashar al-Assad"])
        XCTAssertEqual(names("Nobody foresaw the Trump phenomenon."), ["Donald Trump"])
        XCTAssertEqual(names("Biden's plan was different."), ["Joe Biden"])
        XCTAssertEqual(names("Theresa May came in May."), ["Theresa May"])
    }

    func testATitleGluedToTheNameAQuotedCaseAndAFamily() {
        // A lost space (`MrPrigozhin`) still gives the title and the name.
        XCTAssertEqual(people(["Yevgeny Prigozhin runs restaurants.", "MrPrigozhin was indicted."]), ["Yevgeny Prigozhin": [1, 3]])
        XCTAssertEqual(names("Drake sings; Drafts are due."), [])
        // `the ‘Kowalczyk case’`: the quote does not hide the case word's `the`.
        XCTAssertEqual(names("Nobody expelled diplomats over the \u{2018}Kowalczyk case\u{2019}."), ["Kowalczyk"])
        // `the Kowalczyks`: the family of the one Kowalczyk named in full.
        XCTAssertEqual(people(["Anna Kowalczyk was poisoned.", "All that happened with the Kowalczyks."]), ["Anna Kowalczyk": [1, 3]])
    }

    func testGivenNamesMakeFullNamesAndFirstNamesFollowThem() {
        let found = people(["We spoke with Rex Tillerson at length.", "Rex was clear about it.", "Thanks, Kirby."])
        XCTAssertEqual(Set(found.keys), ["Rex Tillerson", "Kirby"])
        XCTAssertEqual(found["Rex Tillerson"]?.count, 2)
        XCTAssertEqual(names("Theresa May met the press."), ["Theresa May"], "a month after a given name")
        // A given name that is also an English word, called on; a short form of one named in full.
        XCTAssertEqual(people(["Go ahead, Rob.", "Rob the bank, they said.", "We asked Rob about it."]), ["Rob": [1, 5]])
        XCTAssertEqual(people(["I think Bob's audio was off.", "Bob the boat, they said."]), ["Bob": [1]])
        XCTAssertEqual(names("Yes, no. One's going to see you."), [], "a possessive that opens a sentence")
        XCTAssertEqual(people(["Michael Pellworth joined us.", "Thanks, Mike.", "The mike was off."]), ["Michael Pellworth": [1, 3]])
    }

    func testOrganisationsPlacesEventsAndTitlesAreNotPeople() {
        XCTAssertEqual(names(
            "The Financial Times and Rossiya Segodnya wrote about the Duma and the Electoral Commission.",
            "Ships crossed the Kerch Strait; farmers in North Dakota; the Al Wafidin camp.",
            "Victory Day, the Abraham Accords and Nord Stream were discussed.",
            "Our Senior Advisor and the Staff joined Via Teleconference.",
            "Send it with Cash App. Cash App is easy.",
            "The Armed Forces and the Armed Forces again.",
            "The Silver Lining's members met; Rereading Notes said little."), [], "a possessive or a verb after English words")
    }

    func testATownNamedOnceAsATownAndAGreetingAreNotPeople() {
        // `Tiksi's development` would vouch for a person, but the text has called it a town.
        XCTAssertEqual(names(
            "You were in the northern town of Tiksi last year.",
            "Tiksi's development matters; Tiksi said nothing.",
            "Good afternoon, Mr President. Good afternoon, colleagues."), [])
    }

    func testAThingNamedAsOneAndAWordUsedAsAPlaceAreNotPeople() {
        XCTAssertEqual(names("I write for the newspaper Vechernaya Pellworth."), [])
        // Vouched for once (`Zorbex's launch`), but built on, in and at more often: a thing.
        XCTAssertEqual(names("Zorbex's launch was late.", "We built it on Zorbex.", "We met in Zorbex today."), [])
        XCTAssertEqual(names("Kowalczyk's plan was late.", "We built it on Kowalczyk's plan."), ["Kowalczyk"])
        XCTAssertEqual(names("Zorbex's rise was fast.", "The fall of Zorbex was faster."), [], "as often after `of` as vouched for")
    }

    func testANameBeforeAThingsWordNamesTheThing() {
        let found = people(["Sergei Magnitsky died in prison.", "Then came the Magnitsky Act."])
        XCTAssertEqual(found, ["Sergei Magnitsky": [1]])
    }

    func testAJobTitleIsNotPartOfTheName() {
        XCTAssertEqual(names("Journalist Ivan Golunov was released."), ["Ivan Golunov"])
        XCTAssertEqual(names("Special Envoy for Climate Marta Pellworth spoke."), ["Marta Pellworth"])
        XCTAssertEqual(names("We watch the Consumer Price Index."), [])
        XCTAssertEqual(names("National Security Advisor Jake Sullivan will speak."), ["Jake Sullivan"])
        // What stands before the last title qualifies it or opens the question.
        XCTAssertEqual(names("Vermont Governor Ada Pellworth spoke first."), ["Ada Pellworth"])
        XCTAssertEqual(names("Does President Kowalczyk agree?"), ["Kowalczyk"])
        XCTAssertEqual(people(["Marta Pellworth spoke.", "Neither Marta nor I agreed.", "Did Pellworth say so?"]), ["Marta Pellworth": [1, 3, 5]])
        XCTAssertEqual(names("Were Senators Pellworth and Kowalczyk at the vote?"), ["Pellworth"])
        XCTAssertEqual(names("She joined the Founders Hub and visited Governors Island."), [], "a plural title before an English word")
    }

    func testATitlesWordCanBeASurname() {
        // `King` after a given name is a surname; after a title alone only as one named in full.
        let found = people(["Marta Luisa King spoke.", "Dr. King answered.", "Good afternoon, Mr President."])
        XCTAssertEqual(found, ["Marta Luisa King": [1, 3]])
        XCTAssertEqual(names("Thank you, Madam Vice President."), [])
        // A surname two people share goes to the one named in full at least twice as often.
        let family = people(["Marta Luisa King spoke.", "Ada Pellworth King wrote.", "Marta Luisa King again.", "Dr. King answered."])
        XCTAssertEqual(family["Marta Luisa King"], [1, 5, 7])
        // A title's word alone is a surname only of one named in full (`the King family`).
        XCTAssertEqual(people(["Marta Luisa King spoke.", "We met the King family.", "Major changes are coming."]), ["Marta Luisa King": [1, 3]])
        XCTAssertEqual(names("Major changes are coming; the King decides."), [])
    }

    func testASpeakersLabelLeftInTheTextNamesNoOne() {
        XCTAssertEqual(names("0:45:28.5**Ada Pellworth** Yes, Marta Kowalczyk said so."), ["Marta Kowalczyk"])
        XCTAssertEqual(PeopleIndex.missedLabelEnd("1:02.5 **Ada & Marta** (laughing)"), 22)
        XCTAssertEqual(PeopleIndex.missedLabelEnd("**Ada Pellworth** wrote the book."), 0, "no timestamp: bold in the text")
    }

    func testAnEditorsNoteInBracketsEndsTheName() {
        XCTAssertEqual(names("I met Mr Pellworth [Chairman of the Board] today."), ["Pellworth"])
        XCTAssertEqual(names("Then [Marta] Kowalczyk said so."), ["Marta Kowalczyk"])
    }

    func testAWordBrokenOffIsNoName() {
        XCTAssertEqual(names("Ask Leader Pellw- — or Senator Pellworth, rather."), ["Pellworth"])
    }

    func testACaptionKickerAndTheTitleMentionPeople() {
        let text = "Merkel and Putin talk about Libya\n\nHost: What about Libya?\n\nGuest: It is hard.\n\n"
            + "Merkel and Putin: They have been working on it.\n\nHost: And now?\n\nGuest: We wait.\n"
        let index = EntityIndex(document: TranscriptParser.parse(text)).people
        XCTAssertEqual(Set(index.entities.map(\.name)), ["Angela Merkel", "Vladimir Putin"])
        XCTAssertEqual(index.entity("Angela Merkel")?.mentions, 2)
    }

    func testOnePersonUnderOneFullName() {
        let found = people(["President Tsai Ing Wen won.", "Tsai Ing-Wen said so.", "President Tsai agreed."])
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertEqual(found.values.first?.count, 3)
        XCTAssertTrue(found.keys.first?.hasPrefix("Tsai Ing") == true)
        // Two people share a surname: the surname alone is neither, unless one is well known.
        let shared = people(["Evan Gershkovich and Mikhail Gershkovich met.", "Gershkovich was there."])
        XCTAssertEqual(shared["Evan Gershkovich"]?.count, 1)
        let known = people(["Joe Biden and Jill Biden came.", "President Biden spoke."])
        XCTAssertEqual(known["Joe Biden"]?.count, 2)
    }

    func testHyphenatedPairsOfWellKnownPeopleAreBoth() {
        XCTAssertEqual(names("The Obama-Biden administration did it."), ["Barack Obama", "Joe Biden"])
        XCTAssertEqual(names("Vladimir Kara-Murza is free."), ["Vladimir Kara-Murza"])
    }

    func testNavigationLinksNameNoOne() {
        XCTAssertTrue(PeopleIndex.isLinkOnly("  * [Vladimir Putin’s Personal Website](http://en.putin.kremlin.ru/)"))
        XCTAssertFalse(PeopleIndex.isLinkOnly("See [this](http://x) and [that](http://y)"))
        XCTAssertFalse(PeopleIndex.isLinkOnly("Vladimir Putin said so."))
    }

    func testTheCompiledWordListsMatchDataFiles() throws {
        let data = Repository.root().appendingPathComponent("Data")
        for (name, compiled) in [("first-names.txt", EmbeddedPeopleWords.firstNames), ("common-words.txt", EmbeddedPeopleWords.commonWords),
                                 ("person-titles.txt", EmbeddedPeopleWords.titles), ("person-words.tsv", EmbeddedPeopleWords.words),
                                 ("well-known-people.txt", EmbeddedPeopleWords.wellKnown),
                                 ("key-term-stopwords.txt", EmbeddedPeopleWords.keyTermStopWords),
                                 ("action-words.txt", EmbeddedPeopleWords.actionWords),
                                 ("verb-words.txt", EmbeddedPeopleWords.verbWords),
                                 ("word-frequency.txt", EmbeddedPeopleWords.wordFrequency)] {
            let onDisk = try String(contentsOf: data.appendingPathComponent(name), encoding: .utf8)
            // (A multi-line literal leaves out the newline before its closing delimiter.)
            XCTAssertEqual(compiled + "\n", onDisk, "\(name) is stale: run Scripts/embed-resources")
        }
    }
}
