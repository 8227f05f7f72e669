package org.argus.events.governed;

import org.argus.model.Dependency;
import org.argus.rules.Rule;

/**
 * {@code event.governed.asked-conjunct}: a verb conjunct is asked for as its first conjunct is: "called on
 * Arabs to unite and mobilize" (the first is the "to" clause of a request).
 */
final class AskedConjunct implements Rule<GovernedDraft> {
    static final String ID = "event.governed.asked-conjunct";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(GovernedDraft d) {
        if (d.nominal || d.up() == null || !d.rel().equals("conj")) {
            return false;
        }
        Dependency first = d.sentence.parentOf(d.up().governor());
        return first != null && first.governor() >= 0 && d.asked(d.up().governor(), first) && d.suppress();
    }
}
