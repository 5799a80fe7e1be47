/// Finds people: runs of capitalised words that look like a name, after any titles
/// (`Russian Foreign Minister Sergei Lavrov`, `President Putin`, `Mr. Saleh`).
///
/// A run counts when it has a title before it or is two or three name-like words; words that
/// are countries, demonyms, organisations or ordinary sentence openers end or break a run.
/// A surname alone (`Putin`) is merged with the full name seen elsewhere (`Vladimir Putin`).
struct PeopleFinder {
    let countries: CountryMatcher
    let organisations: CountryMatcher

    struct Found { var name: String; var range: Range<Int>; var titled: Bool }

    /// Storage that serves paragraph after paragraph.
    struct Scratch {
        var tokens = Tokens(), matched = Tokens()
        var claims: [PackedMention] = [], claimed: [Bool] = []
    }

    func people(in text: String) -> [Found] {
        var scratch = Scratch()
        return people(in: text, reusing: &scratch)
    }

    func people(in text: String, reusing scratch: inout Scratch) -> [Found] {
        scratch.tokens.read(text)
        let tokens = scratch.tokens, list = tokens.list
        // Words already claimed by a country or an organisation are not names.
        scratch.claims.removeAll(keepingCapacity: true)
        countries.append(mentionsIn: text, includingBlocks: true, to: &scratch.claims, reusing: &scratch.matched)
        organisations.append(mentionsIn: text, to: &scratch.claims, reusing: &scratch.matched)
        PeopleFinder.mark(list, inside: &scratch.claims, into: &scratch.claimed)
        let claimed = scratch.claimed
        var found: [Found] = []
        var i = 0
        while i < list.count {
            guard list[i].isWord, list[i].isCapitalised else { i += 1; continue }
            // A run of capitalised words, allowing `Mr.` style dots and particles.
            var run: [Int] = []
            var j = i
            while j < list.count {
                let t = list[j]
                // Capitals throughout are credits and shouting, not names in running text.
                if t.isWord && !t.isAllCaps && (t.isCapitalised || PeopleFinder.particles.contains(word(tokens, t)))
                    && !claimed[j] {
                    run.append(j)
                } else if t.mark == UInt8(ascii: ".") && !run.isEmpty && PeopleFinder.titles.contains(word(tokens, list[run[run.count - 1]])) {
                    // `Mr.` keeps the run going
                } else {
                    break
                }
                j += 1
            }
            defer { i = max(j, i + 1) }
            var words = run.map { word(tokens, list[$0]) }
            var indices = run
            var titled = false
            while let first = words.first, PeopleFinder.titles.contains(first) || PeopleFinder.openers.contains(first) {
                if PeopleFinder.titles.contains(first) { titled = true }
                words.removeFirst()
                indices.removeFirst()
            }
            while let last = words.last, PeopleFinder.particles.contains(last) { words.removeLast(); indices.removeLast() }
            guard !words.isEmpty, words.count <= 3,
                  words.allSatisfy({ $0.count >= 2 && !PeopleFinder.openers.contains($0) && !PeopleFinder.titles.contains($0) }),
                  titled || words.count >= 2,
                  let first = indices.first, let last = indices.last else { continue }
            found.append(Found(name: words.joined(separator: " "), range: list[first].scalarStart..<list[last].scalarEnd, titled: titled))
        }
        return found
    }

    /// Whether each token starts inside one of `claims` (sorted here by start; the two
    /// matchers' mentions may overlap): one pass over both, tokens being in text order.
    static func mark(_ list: [Tokens.Token], inside claims: inout [PackedMention], into claimed: inout [Bool]) {
        claims.sort { $0.start < $1.start }
        claimed.removeAll(keepingCapacity: true)
        var next = 0, reach = Int.min   // the furthest end of the claims starting at or before a token
        for token in list {
            let start = token.scalarStart
            while next < claims.count && Int(claims[next].start) <= start {
                reach = max(reach, Int(claims[next].end))
                next += 1
            }
            claimed.append(start < reach)
        }
    }

    private func word(_ tokens: Tokens, _ t: Tokens.Token) -> String {
        String(decoding: tokens.bytes[t.start..<t.end], as: UTF8.self)
    }

    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "President", "Vice", "Prime", "Minister", "Ministers",
        "Foreign", "Secretary", "General", "Deputy", "Ambassador", "Senator", "Governor", "Mayor", "Chancellor", "King",
        "Queen", "Prince", "Princess", "Pope", "Presidents", "Chairman", "Chair", "Director", "Commissioner", "Representative",
        "Special", "Permanent", "Head", "Marshal", "Field", "Colonel", "Admiral", "Commander", "Spokesperson", "Spokesman",
        "Speaker", "Premier", "Sheikh", "Emir", "Crown", "Justice", "Judge", "Former", "Then", "Defence", "Defense", "State",
        "Acting", "Chief", "Envoy", "Leader",
    ]
    static let particles: Set<String> = ["de", "da", "di", "van", "von", "der", "al", "bin", "la", "le", "du", "dos", "el"]
    static let openers: Set<String> = [
        "The", "A", "An", "In", "On", "At", "As", "If", "But", "And", "Or", "So", "We", "I", "It", "They", "He", "She", "You",
        "This", "That", "These", "Those", "There", "Here", "When", "What", "Why", "How", "Who", "Which", "While", "With",
        "Without", "For", "From", "By", "Of", "To", "Our", "Their", "His", "Her", "My", "Your", "Its", "Yes", "No", "Not",
        "Yesterday", "Today", "Tomorrow", "Now", "Then", "Also", "However", "Moreover", "Although", "Unfortunately",
        "Speaking", "Regarding", "According", "After", "Before", "During", "Since", "Until", "Many", "Most", "Some", "All",
        "Both", "Each", "Every", "Other", "Another", "Such", "Let", "Please", "Thank", "Thanks", "Well", "Of", "Even", "Only",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sputnik", "God",
        "Republicans", "Democrats", "Republican", "Democratic", "Western", "West", "East", "Europe", "European", "Asia",
        "Africa", "African", "Arab", "Cold", "War", "World", "Internet", "Ministry", "Office", "Council", "Committee",
        "Mission", "Army", "Government", "Parliament", "Treaty", "Convention", "Centre", "Center", "Press", "House", "Court",
        "Union", "Nations", "United", "National", "International", "Federation", "Republic", "Kingdom", "Photo", "File",
        "News", "Commons", "Creative", "Attribution", "License", "Post", "Read", "About", "Affairs", "States", "Community",
        "Cooperation", "Economic", "Gulf", "Sea", "Ocean", "River", "Street", "Square", "Palace", "Hospital", "Complex",
        "Conference", "Summit", "Forum", "Agreement", "Accord", "Troika", "Format", "Process", "Charter", "Act", "Assembly",
        "Constitutional", "Support", "Security", "Foundation", "Institute", "University", "Agency", "Service", "Services",
        "Department", "Prosecutor", "Red", "Ministries", "Radio", "Nazi", "Baltic", "Euro", "Atlantic", "Middle", "Persian", "Civil", "Society",
        "Revisionism", "Historical", "Election", "Case", "Talks", "Exclusive", "Sprache", "Deiner", "Lisez", "Lealo",
        "Trotkyism", "Marxian", "Weapons", "Chemical", "Dialogue", "Dialogues", "Development", "Bank", "Fund", "Group",
    ]
}
