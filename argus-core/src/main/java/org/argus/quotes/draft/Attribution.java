package org.argus.quotes.draft;

/**
 * One finished quote as the chain {@code quotes/chains/uncued-speaker.txt} reads it: a direct quote no
 * cue attributed, with the quote just before it in the text (null for the first). Mutable through its
 * quote; used by one thread.
 */
public record Attribution(Passage passage, QuoteDraft quote, QuoteDraft previous) {
    /** Whether the quote still wants a speaker: a direct quote with none. */
    public boolean open() {
        return quote.kind() == org.argus.model.Quote.Kind.DIRECT && quote.speaker() == null;
    }
}
