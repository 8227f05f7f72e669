package org.argus.quotes.cue;

import java.util.List;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.rules.Rule;

/**
 * {@code quote.cue.colon-before}: a quotation of more than a few words with no cue of its own, right
 * after a sentence ending with a colon, takes that sentence's last cue ("The minister told reporters:
 * "..."), else the colon itself as the cue, its speaker the subject of the sentence's main verb.
 */
final class ColonBefore implements Rule<Quotation> {
    static final String ID = "quote.cue.colon-before";

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
        List<Sentence> own = p.sentencesOver(q.marked().whole());
        if (own.isEmpty() || own.get(0).index() == 0) {
            return false;
        }
        Sentence prev = p.sentences().get(own.get(0).index() - 1);
        List<Token> pt = prev.tokens();
        if (pt.isEmpty() || !pt.get(pt.size() - 1).word().equals(":")) {
            return false;
        }
        List<CueAt> cs = p.cues(prev);
        q.cue(!cs.isEmpty() ? cs.get(cs.size() - 1) : p.cue(prev, pt.size() - 1, CueAt.Kind.COLON));
        return true;
    }
}
