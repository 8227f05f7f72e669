package org.argus.quotes.content;

import java.util.List;
import org.argus.model.Quote;
import org.argus.model.Span;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.quotes.draft.QuoteDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.content.runs-on}: a paragraph that is nothing but a closed quotation with no cue, right
 * after the paragraph that ends with an attributed direct quotation (its cue in that paragraph, no
 * other quotation between them), goes on with that quote: in news the speaker goes on talking.
 */
final class RunsOn implements Rule<Quotation> {
    static final String ID = "quote.content.runs-on";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open() || q.partial() || q.cue() != null || !runsOn(q.passage(), q.marked())) {
            return false;
        }
        QuoteDrafts.continuePrevious(q);
        return true;
    }

    private static boolean runsOn(Passage p, Marked m) {
        QuoteDraft previous = p.previous();
        CueAt previousCue = p.previousCue();
        Marked previousMarked = p.previousMarked();
        if (previous == null || previousCue == null || previous.kind() != Quote.Kind.DIRECT
                || previous.span().end() > m.open() || m.close() < 0) {
            return false;
        }
        List<Marked> marked = p.marked();
        int at = marked.indexOf(m);
        if (at < 1 || marked.get(at - 1) != previousMarked) {
            return false; // another quotation stands between them
        }
        List<Span> paragraphs = p.paragraphs();
        for (int i = 1; i < paragraphs.size(); i++) {
            Span para = paragraphs.get(i);
            if (para.start() == m.open()) {
                Span before = paragraphs.get(i - 1);
                return para.end() == m.end() && before.contains(new Span(previousMarked.end() - 1, previousMarked.end()))
                        && before.contains(previousCue.span());
            }
        }
        return false;
    }
}
