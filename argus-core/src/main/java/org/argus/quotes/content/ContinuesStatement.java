package org.argus.quotes.content;

import java.util.List;
import org.argus.model.Quote;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.content.continues-statement}: The summit achieved "too little," he said. "We need more.":
 * a closed quotation with no cue of its own (or a lower-case one) goes on with the reported statement
 * holding the quotation just before it, when only a comma separates them or, in one paragraph, that
 * statement's cue stands between the two.
 */
final class ContinuesStatement implements Rule<Quotation> {
    static final String ID = "quote.content.continues-statement";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open() || q.cue() != null && !q.fragment()) {
            return false;
        }
        QuoteDraft statement = continued(q.passage(), q.marked());
        if (statement == null) {
            return false;
        }
        statement.join(q.marked(), q.passage().text());
        q.into(statement);
        return true;
    }

    private static QuoteDraft continued(Passage p, Marked m) {
        List<Marked> marked = p.marked();
        int at = marked.indexOf(m);
        if (at < 1 || m.close() < 0) {
            return null;
        }
        Marked before = marked.get(at - 1);
        for (QuoteDraft q : p.reported()) {
            if (q.kind() != Quote.Kind.DIRECT || q.cue() == null || !q.span().contains(before.content())) {
                continue;
            }
            if (q.span().end() <= m.open() && p.text().substring(q.span().end(), m.open()).matches(" *, *")) {
                return q; // "there are still "some people" who feel that way, "but not among the majority""
            }
            if (before.paragraph() == m.paragraph() && q.span().end() <= before.end()
                    && p.between(before.end(), m.open(), q.cue().span())) {
                return q;
            }
        }
        return null;
    }
}
