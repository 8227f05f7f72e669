package org.argus.quotes.content;

import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;

/** Joining a quotation to the quote before it. */
final class QuoteDrafts {
    private QuoteDrafts() {
    }

    /** Quotation {@code q} goes on with the quote the last quotation made or continued. */
    static void continuePrevious(Quotation q) {
        QuoteDraft previous = q.passage().previous();
        q.passage().continuePrevious(q.marked());
        q.into(previous);
    }
}
