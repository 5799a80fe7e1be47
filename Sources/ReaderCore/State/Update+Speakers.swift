import TranscriptKit

extension ReaderState {
    /// Who speaks how much: worked out once, when the Speakers tab first asks; in the live reader
    /// nil until a background queue has counted (the tab says `indexing…`, keys never wait).
    var speakerStatistics: SpeakerStatistics? { entityIndex.speakerStatistics() }

    /// `Enter` on a speaker: to the first exchange they speak in.
    mutating func openSpeaker(_ index: Int) {
        guard let speakers = speakerStatistics?.speakers, speakers.indices.contains(index) else { return }
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
