package org.argus.quotes.cue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.model.Token;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.SentenceCues;
import org.argus.rules.Rule;

/**
 * {@code quote.cue.stance-verb}: a verb of the stance list {@code quotes/stance} that no earlier unit
 * made a cue ("condemned", "wants", "called for") reports a position through its object or
 * infinitive; it attributes reported statements only, never a quotation.
 */
final class StanceVerb implements Rule<SentenceCues> {
    static final String ID = "quote.cue.stance-verb";

    private final Set<String> stance;

    StanceVerb(Set<String> stance) {
        this.stance = stance;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(SentenceCues c) {
        List<Token> toks = c.sentence().tokens();
        boolean fired = false;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (c.open(i) && t.isVerb() && stance.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                c.claim(i, CueAt.Kind.STANCE, i, ID);
                fired = true;
            }
        }
        return fired;
    }
}
