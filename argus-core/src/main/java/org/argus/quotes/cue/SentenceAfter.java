package org.argus.quotes.cue;

import java.util.List;
import org.argus.model.Sentence;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.rules.Rule;

/**
 * {@code quote.cue.sentence-after}: a quotation of more than a few words with no cue of its own takes
 * the cue of a short sentence (at most ten tokens) right after it in its paragraph, when that cue has
 * a speaker: "We will not sign." The minister said so twice.
 */
final class SentenceAfter implements Rule<Quotation> {
    static final String ID = "quote.cue.sentence-after";
    private static final int MAX_TOKENS = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open() || q.partial() || q.cue() != null) {
            return false;
        }
        Passage p = q.passage();
        Marked m = q.marked();
        List<Sentence> own = p.sentencesOver(m.whole());
        if (own.isEmpty()) {
            return false;
        }
        Sentence last = own.get(own.size() - 1);
        if (last.index() + 1 >= p.sentences().size()) {
            return false;
        }
        Sentence next = p.sentences().get(last.index() + 1);
        boolean sameParagraph = p.text().substring(m.end(), next.span().start()).indexOf('\n') < 0;
        if (!sameParagraph || next.tokens().size() > MAX_TOKENS) {
            return false;
        }
        CueAt c = Nearest.to(p.cues(next), m.whole());
        if (c == null || c.speakerHead() < 0) {
            return false;
        }
        q.cue(c);
        return true;
    }
}
