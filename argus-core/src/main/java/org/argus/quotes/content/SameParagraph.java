package org.argus.quotes.content;

import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.rules.Rule;

/**
 * {@code quote.content.same-paragraph}: "We will stay," she said. "We have nowhere else to go.": a
 * quotation of more than a few words with no cue of its own, in the paragraph of the quote before it,
 * with that quote's cue between the two, goes on with that quote.
 */
final class SameParagraph implements Rule<Quotation> {
    static final String ID = "quote.content.same-paragraph";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        Passage p = q.passage();
        if (!q.open() || q.partial() || q.cue() != null || p.previous() == null || p.previousCue() == null
                || p.previousMarked().paragraph() != q.marked().paragraph()
                || !p.between(p.previousMarked().end(), q.marked().open(), p.previousCue().span())) {
            return false;
        }
        QuoteDrafts.continuePrevious(q);
        return true;
    }
}
