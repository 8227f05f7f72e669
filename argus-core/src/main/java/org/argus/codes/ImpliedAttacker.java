package org.argus.codes;

import org.argus.model.ActorRef;
import org.argus.model.EventType;
import org.argus.model.Predicate;
import org.argus.rules.Rule;

/**
 * {@code code.party.implied-attacker}: "a journalist was killed in Beirut": the attackers a passive
 * leaves unnamed are coded by where it happened (an arrest, COERCE, by the authorities there: sector
 * GOV), as location-coded event data does; else by the one country of the targets.
 */
final class ImpliedAttacker implements Rule<Coding> {
    static final String ID = "code.party.implied-attacker";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Coding c) {
        EventType type = c.event.type();
        if (!c.source.isEmpty() || c.event.predicate() == null || c.event.predicate().form() != Predicate.Form.PASSIVE
                || type != EventType.ASSAULT && type != EventType.COERCE) {
            return false;
        }
        ActorRef implied = Implied.party(c, type == EventType.COERCE ? "GOV" : null, c.event.target(), "target");
        if (implied == null) {
            return false;
        }
        c.source.add(implied);
        return true;
    }
}
