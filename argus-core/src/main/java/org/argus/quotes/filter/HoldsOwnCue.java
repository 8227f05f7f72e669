package org.argus.quotes.filter;

import java.util.List;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.holds-own-cue}: a quote whose words hold its own cue ("Ruiz said she felt ...",
 * read as a statement of its own) is a misreading when another quote overlaps it: it is dropped.
 */
final class HoldsOwnCue implements Rule<Passage> {
    static final String ID = "quote.filter.holds-own-cue";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Passage p) {
        List<QuoteDraft> out = p.quotes();
        return out.removeIf(q -> q.cue() != null && q.span().contains(q.cue().span()) && out.stream().anyMatch(o -> o != q
                && o.span().overlaps(q.span())));
    }
}
