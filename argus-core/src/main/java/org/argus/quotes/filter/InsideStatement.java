package org.argus.quotes.filter;

import java.util.List;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.inside-statement}: a statement inside the words of another quote that also holds
 * its cue ("she would defend the treaty" inside what the minister told supporters) is part of that
 * quote, not a second attribution: it is dropped.
 */
final class InsideStatement implements Rule<Passage> {
    static final String ID = "quote.filter.inside-statement";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Passage p) {
        List<QuoteDraft> out = p.quotes();
        return out.removeIf(q -> q.cue() != null && out.stream().anyMatch(o -> o != q
                && o.span().contains(q.span()) && o.span().contains(q.cue().span())));
    }
}
