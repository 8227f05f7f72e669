package org.argus.quotes.filter;

import org.argus.model.Quote;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Titles;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.title}: a direct quote whose words are the name of something (a show, a paper, an
 * operation: "Face the Nation", "Operation Desert Storm"; see {@link Titles}) is no quote: it is dropped.
 */
final class Title implements Rule<Passage> {
    static final String ID = "quote.filter.title";

    private final Titles titles;

    Title(Titles titles) {
        this.titles = titles;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Passage p) {
        return p.quotes().removeIf(q -> q.kind() == Quote.Kind.DIRECT && titles.isTitle(q.text()));
    }
}
