import TranscriptKit

/// A document read from a library: following an entity chosen across the library, and leaving
/// for the next (or previous) document when `n` (or `N`) passes its last (or first) mention.
extension ReaderState {
    /// Follows `code` (a country, person, organisation or topic) as if chosen in this
    /// document's picker, from its first mention, or from its last when the reader came back
    /// into it with `N`.
    /// With `atBlock` (a passage chosen in the library), from its first mention in that block or after.
    public mutating func followFromLibrary(_ code: String, kind: EntityKind = .countries, fromLast: Bool, atBlock: Int? = nil) {
        _ = entityIndex.index(kind)   // built now: the reader arrived to see these mentions
        libraryEntity = LibraryState.Chosen(kind: kind, code: code)
        follow(code, kind: kind)
        if fromLast {
            entityMention = nil
            nextMention(forward: false)
        } else if let atBlock, let at = followed.firstIndex(where: { $0.block >= atBlock }), at > 0 {
            entityMention = at - 1
            nextMention(forward: true)
        }
        let name = entityList(kind)?.entity(code)?.name ?? code
        message = "\(name) \((entityMention ?? 0) + 1)/\(followed.count) here; n past the last goes to the next document"
    }

    /// `n` on the last mention (or `N` on the first) of an entity followed across the library
    /// leaves this document: `leaving` says which way, for the library to open the neighbour.
    mutating func leaveAtLastMention(forward: Bool) -> [Effect]? {
        guard inLibrary, let chosen = libraryEntity, entity == chosen.code, entityKind == chosen.kind, let at = entityMention, !followed.isEmpty,
              forward ? at == followed.count - 1 : at == 0 else { return nil }
        leaving = forward
        return [.quit]
    }

    /// Searches this document for what the library searched every document for (run here and
    /// now: the reader came to see these hits), from its first hit, or its last after `N`.
    /// With `atBlock` (a passage chosen in the library), from its first hit in that block or after.
    public mutating func searchFromLibrary(_ query: SearchQuery, fromLast: Bool, atBlock: Int? = nil) {
        libraryQuery = query
        _ = startSearch(query)
        receive(searchIndex.search(query), generation: searchGeneration)
        search?.current = nil
        if let atBlock, !fromLast, let at = search?.hits.firstIndex(where: { $0.block >= atBlock }), at > 0 { search?.current = at - 1 }
        nextMatch(forward: !fromLast)
        if let hits = search?.hits.count {
            message = "“\(query.text)” \((search?.current ?? 0) + 1)/\(hits) here; n past the last goes to the next document"
        }
    }

    /// The same for the library's search: `n` on its last hit, `N` on its first.
    mutating func leaveAtLastHit(forward: Bool) -> [Effect]? {
        guard inLibrary, let query = libraryQuery, let state = search, state.query == query, let at = state.current,
              forward ? at == state.hits.count - 1 : at == 0 else { return nil }
        leaving = forward
        return [.quit]
    }

    /// Opens at the bookmark with this id, chosen in the library's list of every bookmark.
    public mutating func openBookmarkFromLibrary(_ id: String) {
        guard let index = bookmarks.firstIndex(where: { $0.id == id }) else {
            message = "that bookmark is no longer in this document"
            return
        }
        openBookmark(index)
    }
}
