package org.argus.quotes.filter;

import org.argus.quotes.draft.Quotation;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.uncued-partial}: a quotation of a few words (a scare quote, a partial quote) that
 * no cue in its own sentence attributes is no quote.
 */
final class UncuedPartial implements Rule<Quotation> {
    static final String ID = "quote.filter.uncued-partial";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open() || !q.partial() || q.cue() != null) {
            return false;
        }
        q.drop();
        return true;
    }
}
