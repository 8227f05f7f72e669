package org.argus.quotes.draft;

import java.util.List;

/**
 * One quoted span as the chain {@code quotes/chains/quotation.txt} reads it: whether it is partial
 * (at most {@value #PARTIAL_WORDS} words: a scare quote or a piece of a sentence), the cue the cue units
 * find for it, and what became of it: dropped, a quote of its own, or part of another quote. Once
 * settled, later units leave it alone. Mutable; one per quotation, used by one thread.
 */
public final class Quotation {
    /** Most words of a partial quotation. */
    public static final int PARTIAL_WORDS = 3;

    private final Passage passage;
    private final Marked marked;
    private final boolean partial;
    private CueAt cue;
    private boolean settled;
    private QuoteDraft into;

    public Quotation(Passage passage, Marked marked) {
        this.passage = passage;
        this.marked = marked;
        this.partial = Passage.wordCount(marked.content().of(passage.text())) <= PARTIAL_WORDS;
    }

    public Passage passage() {
        return passage;
    }

    public Marked marked() {
        return marked;
    }

    /** At most {@value #PARTIAL_WORDS} words. */
    public boolean partial() {
        return partial;
    }

    /** Whether the quoted words start in lower case. */
    public boolean fragment() {
        return marked.fragment(passage.text());
    }

    public CueAt cue() {
        return cue;
    }

    public void cue(CueAt found) {
        this.cue = found;
    }

    /** Whether no unit has decided yet what the quotation is. */
    public boolean open() {
        return !settled;
    }

    /** The quotation makes no quote. */
    public void drop() {
        settled = true;
    }

    /** The quotation made, or went into, quote {@code q}. */
    public void into(QuoteDraft q) {
        settled = true;
        into = q;
    }

    /** Appends the ids of the units that fired on the quotation to the quote it made or went into. */
    public void finish(List<String> trace) {
        if (into != null) {
            into.trace().addAll(trace);
        }
    }
}
