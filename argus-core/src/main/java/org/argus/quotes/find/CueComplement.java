package org.argus.quotes.find;

import java.util.Set;
import org.argus.model.Span;
import org.argus.quotes.draft.CueAt;
import org.argus.quotes.draft.Reported;
import org.argus.rules.Rule;

/**
 * {@code quote.find.cue-complement}: "The envoy said (that) the talks had failed": the cue verb's
 * clausal complement is what it reports, without a participle phrase closing it (", citing ...") and
 * without a second speech act joined to it (", but she said that ...").
 */
final class CueComplement implements Rule<Reported> {
    static final String ID = "quote.find.cue-complement";

    private final Set<String> cueVerbs;

    CueComplement(Set<String> cueVerbs) {
        this.cueVerbs = cueVerbs;
    }

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
        if (f.decision() != Complements.Decision.COMPLEMENT) {
            return false;
        }
        Span statement = Complements.complement(r, f.dependent(), cueVerbs);
        if (statement == null) {
            return false;
        }
        r.found(statement);
        return true;
    }
}
