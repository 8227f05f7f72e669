package org.argus.quotes.find;

import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/**
 * {@code quote.find.clause-before-cue}: "The talks have failed, the envoy said": a clause before the
 * cue verb that the parser hangs on it (ccomp, or dep/parataxis with a verb or subject) is what it
 * reports, up to the cue's speaker.
 */
final class ClauseBeforeCue implements Rule<Reported> {
    static final String ID = "quote.find.clause-before-cue";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reported r) {
        if (!r.open() || r.content() != null || r.cue().kind() == CueAt.Kind.ACCORDING) {
            return false;
        }
        Complements.Found f = Complements.decide(r);
        if (f.decision() != Complements.Decision.BEFORE || f.before() == null) {
            return false;
        }
        r.found(f.before());
        return true;
    }
}
