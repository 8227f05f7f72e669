package org.argus.events.party;

import org.argus.model.Dependency;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.mediation-between}: a mediation with no target is between the parties of the
 * first "between" phrase after it, wherever the parser hung it.
 */
final class MediationBetween implements Rule<EventDraft> {
    static final String ID = "event.party.mediation-between";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.targets.isEmpty() || !d.trigger.mediation()) {
            return false;
        }
        for (int i = d.head + 1; i < d.sentence.tokens().size(); i++) {
            Dependency x = d.sentence.parentOf(i);
            if (x != null && x.relation().equals("case") && d.tokenAt(i).word().equalsIgnoreCase("between")) {
                d.targets.add(x.governor());
                return true;
            }
        }
        return false;
    }
}
