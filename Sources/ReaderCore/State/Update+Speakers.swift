import TranscriptKit

extension ReaderState {
    /// Who speaks how much: worked out once, when the Speakers tab or `Enter` on it first asks.
    var speakerStatistics: SpeakerStatistics {
        if let done = cache.speakerStatistics { return done }
        let stats = SpeakerStatistics(document: document)
        cache.speakerStatistics = stats
        return stats
    }

    /// `Enter` on a speaker: to the first exchange they speak in.
    mutating func openSpeaker(_ index: Int) {
        let speakers = speakerStatistics.speakers
        guard speakers.indices.contains(index) else { return }
        let s = speakers[index]
        guard let first = s.exchanges.first,
              let target = sections.firstIndex(where: { $0.kind == .exchange(first) }) else {
            message = "\(s.name) speaks in no exchange"
            return
        }
        jump(to: target)
        message = "\(s.name) speaks in exchanges \(SpeakerStatistics.ranges(s.exchanges))"
    }
}
