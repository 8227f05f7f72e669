package org.argus.quotes.filter;

import org.argus.model.Quote;
import org.argus.quotes.draft.Quotation;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.inside-quote}: a quotation inside a direct quote already made ("called him a
 * "liar" and a "fraud"", the second inside the naming quote) makes no quote of its own.
 */
final class InsideQuote implements Rule<Quotation> {
    static final String ID = "quote.filter.inside-quote";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open() || q.passage().quotes().stream().noneMatch(o -> o.kind() == Quote.Kind.DIRECT
                && o.span().contains(q.marked().content()))) {
            return false;
        }
        q.drop();
        return true;
    }
}
