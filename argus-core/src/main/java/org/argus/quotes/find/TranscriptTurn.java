package org.argus.quotes.find;

import java.util.regex.Matcher;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.Quote;
import org.argus.model.Span;
import org.argus.quotes.draft.LabelLine;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.QuotationMarks;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.find.transcript-turn}: a quotation whose words open with a speaker's label, in capitals
 * ("WALLACE: Well, ...") or naming a person or organisation of the article ("Ana Ruiz: ..."), is a
 * transcript turn: a LABELLED quote of what follows the label (three words or more), the label its
 * speaker and the colon its cue. No later quotation continues it.
 */
final class TranscriptTurn implements Rule<Quotation> {
    static final String ID = "quote.find.transcript-turn";

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
        String text = p.text();
        Span c = q.marked().content();
        Matcher lm = LabelLine.LABEL_LINE.matcher(text).region(c.start(), c.end());
        lm.useAnchoringBounds(true);
        if (!lm.lookingAt() || lm.start(1) != c.start()) {
            return false;
        }
        Span label = new Span(lm.start(1), lm.end(1));
        if (Passage.wordCount(label.of(text)) > LabelLine.LABEL_WORDS) {
            return false;
        }
        Actor a = p.speakers().labelled(label);
        if (a == null && !QuotationMarks.opensATurn(text, label.start())) {
            return false;
        }
        Span content = p.tokenless(lm.start(2), c.end());
        if (content == null || Passage.wordCount(content.of(text)) < 3) {
            return false;
        }
        ActorRef speaker = a != null ? p.speakers().ref(a, label) : new ActorRef(label.of(text), null, null, null, label);
        QuoteDraft turn = new QuoteDraft(content.of(text), content, Quote.Kind.LABELLED, speaker,
                new Quote.Cue(":", new Span(label.end(), label.end() + 1)));
        p.addTurn(turn);
        q.into(turn);
        return true;
    }
}
