package org.argus.quotes.cue;

import java.util.Locale;
import java.util.Set;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.CueDraft;
import org.argus.rules.Rule;

/**
 * {@code quote.cue.stance-verb}: a verb of the stance list {@code quotes/stance} that is no cue verb
 * ("condemned", "wants", "called for") reports a position through its object or infinitive; it
 * attributes reported statements only, never a quotation.
 */
final class StanceVerb implements Rule<CueDraft> {
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
    public boolean apply(CueDraft c) {
        if (c.kind() != null || !c.token().isVerb() || !stance.contains(c.token().lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        c.cue(CueAt.Kind.STANCE, c.first());
        return true;
    }
}
