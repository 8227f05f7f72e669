package org.argus.quotes.speaker;

import org.argus.model.Quote;
import org.argus.model.Span;
import org.argus.quotes.draft.Attribution;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.speaker.previous-quote}: a quotation no cue attributes, in a paragraph (not the first)
 * that names no one, is said by the speaker of the direct quote just before it: the speaker goes on
 * talking. Meant for a quote in the previous paragraph, but the previous paragraph is looked up at the
 * line break before the paragraph, which no paragraph holds, so any earlier quote passes (a known fault,
 * kept while the rules move into units without changing outputs; docs/rules.md).
 */
final class PreviousQuote implements Rule<Attribution> {
    static final String ID = "quote.speaker.previous-quote";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Attribution a) {
        QuoteDraft previous = a.previous();
        if (!a.open() || previous == null || previous.speaker() == null || previous.kind() != Quote.Kind.DIRECT) {
            return false;
        }
        Passage p = a.passage();
        Span para = p.paragraphOf(a.quote().span().start());
        if (para.start() == 0 || !p.paragraphOf(para.start() - 1).contains(previous.span())) {
            return false;
        }
        a.quote().speaker(previous.speaker());
        return true;
    }
}
