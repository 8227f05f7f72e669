package org.argus.events.governed;

import org.argus.grammar.Clauses;
import org.argus.rules.Rule;

/**
 * {@code event.governed.noun-content}: a "to" clause of an event noun is what was agreed or offered:
 * "reached an understanding to share intelligence".
 */
final class AgreedContent implements Rule<GovernedDraft> {
    static final String ID = "event.governed.noun-content";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        return !d.nominal && d.up() != null && d.rel().equals("acl") && Clauses.marker(d.sentence, d.index, "to") && !d.governor().isVerb()
                && d.triggers(d.up().governor()) && d.suppress();
    }
}
