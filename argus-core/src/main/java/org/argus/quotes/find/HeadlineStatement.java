package org.argus.quotes.find;

import org.argus.model.Quote;
import org.argus.quotes.draft.LabelLine;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.find.headline-label}: a line "Speaker: what they said" (a headline, a sub-heading:
 * "Varga: The ceasefire will not hold") whose words no other quote covers is a LABELLED quote of
 * those words, the labelled actor its speaker and the colon its cue.
 */
final class HeadlineStatement implements Rule<LabelLine> {
    static final String ID = "quote.find.headline-label";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(LabelLine line) {
        if (line.passage().quotes().stream().anyMatch(q -> q.span().overlaps(line.content()))) {
            return false;
        }
        String text = line.passage().text();
        QuoteDraft q = new QuoteDraft(line.content().of(text), line.content(), Quote.Kind.LABELLED,
                line.passage().speakers().ref(line.actor(), line.label()), line.cue());
        line.passage().quotes().add(q);
        line.shaped(q);
        return true;
    }
}
