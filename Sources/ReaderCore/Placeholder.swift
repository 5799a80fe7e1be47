enum ReaderCorePlaceholder {}
