package org.argus.quotes.content;

import org.argus.model.Span;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/**
 * {@code quote.content.widen-over-quotation}: a reported clause that cuts a quotation (the parser often
 * leaves the closing words out of the clause) is widened over the quoted words.
 */
final class WidenOverQuotation implements Rule<Reported> {
    static final String ID = "quote.content.widen-over-quotation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reported r) {
        if (!r.live()) {
            return false;
        }
        Span content = r.content();
        int start = r.span().start();
        int end = r.span().end();
        for (Marked quotation : r.inside()) {
            Span q = quotation.content();
            if (!content.contains(q)) {
                start = Math.min(start, q.start());
                end = Math.max(end, q.end());
            }
        }
        if (start == r.span().start() && end == r.span().end()) {
            return false;
        }
        r.widen(start, end);
        return true;
    }
}
