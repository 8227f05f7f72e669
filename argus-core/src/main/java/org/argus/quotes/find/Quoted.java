package org.argus.quotes.find;

import org.argus.model.Quote;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.find.quotation-marks}: a quotation no earlier unit settled is a direct quote of the words
 * between its marks, attributed through the cue found for it (if any). The next quotation may continue it.
 */
final class Quoted implements Rule<Quotation> {
    static final String ID = "quote.find.quotation-marks";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open()) {
            return false;
        }
        Passage p = q.passage();
        QuoteDraft made = p.quote(q.marked().content(), Quote.Kind.DIRECT, q.cue(), q.marked().open());
        p.add(made, q.cue(), q.marked());
        q.into(made);
        return true;
    }
}
