package org.argus.quotes.cue;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Marked;
import org.argus.quotes.draft.Passage;
import org.argus.quotes.draft.Quotation;
import org.argus.rules.Rule;

/**
 * {@code quote.cue.own-sentence}: a quotation's cue is the nearest cue, outside quotation marks, of the
 * sentences it overlaps, within its paragraph (or after its opening mark), preferring one with a
 * speaker: "The talks are over," the envoy said.
 */
final class OwnSentence implements Rule<Quotation> {
    static final String ID = "quote.cue.own-sentence";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Quotation q) {
        if (!q.open() || q.cue() != null) {
            return false;
        }
        Passage p = q.passage();
        Marked m = q.marked();
        Span para = p.paragraphOf(m.open());
        List<CueAt> cands = new ArrayList<>();
        for (Sentence s : p.sentencesOver(m.whole())) {
            for (CueAt c : p.cues(s)) {
                if (para.contains(c.span()) || m.whole().overlaps(s.span()) && c.span().start() >= m.open()) {
                    cands.add(c);
                }
            }
        }
        CueAt cue = Nearest.to(cands, m.whole());
        if (cue == null) {
            return false;
        }
        q.cue(cue);
        return true;
    }
}
