package org.argus.quotes.filter;

import org.argus.model.Span;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.opens-with-quotation}: a reported clause that opens with a closed quotation of a
 * whole sentence, ended by its own punctuation inside the marks ("That settles it," when ...; not
 * "You squeezed them" to drive up ...), is not what was said: the quotation is.
 */
final class OpensWithQuotation implements Rule<Reported> {
    static final String ID = "quote.filter.opens-with-quotation";

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
        String text = r.passage().text();
        for (Marked m : r.passage().marked()) {
            if (m.close() >= 0 && m.open() <= content.start() && content.start() <= m.content().start()
                    && m.end() < content.end() && !m.fragment(text) && Passage.wordCount(m.content().of(text)) > Quotation.PARTIAL_WORDS
                    && m.content().of(text).strip().matches("(?s).*[,.!?]")) {
                r.drop();
                return true;
            }
        }
        return false;
    }
}
