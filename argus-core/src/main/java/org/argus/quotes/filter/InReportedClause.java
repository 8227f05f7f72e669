package org.argus.quotes.filter;

import org.argus.quotes.draft.Quotation;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.in-reported-clause}: a quotation a reported statement took in (the statement is
 * then a direct quote holding it) makes no quote of its own.
 */
final class InReportedClause implements Rule<Quotation> {
    static final String ID = "quote.filter.in-reported-clause";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open() || q.passage().consumed().stream().noneMatch(s -> s.contains(q.marked().content()))) {
            return false;
        }
        q.drop();
        return true;
    }
}
