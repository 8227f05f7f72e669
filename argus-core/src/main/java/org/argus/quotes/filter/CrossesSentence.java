package org.argus.quotes.filter;

import org.argus.model.Span;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/**
 * {@code quote.filter.crosses-sentence}: a reported clause that cuts a quotation reaching outside its
 * sentence is dropped, unless the quotation opens inside the clause, is closed and stays in its
 * paragraph ("that the country has spent "decades ... They are far beyond that."") - and not after a
 * colon, where the quotation is what was said.
 */
final class CrossesSentence implements Rule<Reported> {
    static final String ID = "quote.filter.crosses-sentence";

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
        Span sentence = r.sentence().span();
        String text = r.passage().text();
        for (Marked quotation : r.inside()) {
            Span q = quotation.content();
            if (content.contains(q)) {
                continue;
            }
            boolean runsOn = quotation.close() >= 0 && q.start() > content.start() && q.start() <= sentence.end()
                    && !text.substring(content.start(), q.start()).strip().matches("(?s).*:\\W*")
                    && r.passage().paragraphOf(q.start()).contains(q);
            if (!sentence.contains(q) && !runsOn) {
                r.drop();
                return true;
            }
        }
        return false;
    }
}
