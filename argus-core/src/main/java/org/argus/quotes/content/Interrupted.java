package org.argus.quotes.content;

import org.argus.model.Quote;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.content.interrupted}: "The border stays shut," she said, "until the talks resume.": a
 * quotation whose cue is the very cue that interrupts it from the quote before (same paragraph, the
 * cue between the two) goes on with that quote: one quote over both, the words joined by a space.
 */
final class Interrupted implements Rule<Quotation> {
    static final String ID = "quote.content.interrupted";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        Passage p = q.passage();
        CueAt cue = q.cue();
        CueAt previousCue = p.previousCue();
        QuoteDraft previous = p.previous();
        if (!q.open() || cue == null || previous == null || previousCue == null || cue.sentence() != previousCue.sentence()
                || cue.first() != previousCue.first() || p.previousMarked().paragraph() != q.marked().paragraph()
                || !p.between(p.previousMarked().end(), q.marked().open(), previousCue.span()) || previous.kind() != Quote.Kind.DIRECT
                || previous.span().end() > q.marked().open()) {
            return false;
        }
        QuoteDrafts.continuePrevious(q);
        return true;
    }
}
