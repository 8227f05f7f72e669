package org.argus.quotes.content;

import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/** {@code quote.content.closing-mark}: a reported statement ending with the words of a quotation ends with its closing mark. */
final class ClosingMark implements Rule<Reported> {
    static final String ID = "quote.content.closing-mark";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reported r) {
        if (!r.live()) {
            return false;
        }
        int start = r.span().start();
        int end = r.span().end();
        for (Marked m : r.passage().marked()) {
            if (m.close() >= 0 && end >= m.content().end() && end < m.end() && m.content().start() < end) {
                end = m.end();
            }
        }
        if (end == r.span().end()) {
            return false;
        }
        r.widen(start, end);
        return true;
    }
}
