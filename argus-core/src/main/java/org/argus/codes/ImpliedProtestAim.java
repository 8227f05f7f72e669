package org.argus.codes;

import org.argus.model.ActorRef;
import org.argus.model.EventType;
import org.argus.rules.Rule;

/**
 * {@code code.party.implied-protest-aim}: "blocked roads", "a hunger strike in prison": what a protest
 * acts on is not whom it is aimed at; a protest whose targets are no party and carry no code is aimed
 * at the authorities (sector GOV) of the place, else of the protesters' one country.
 */
final class ImpliedProtestAim implements Rule<Coding> {
    static final String ID = "code.party.implied-protest-aim";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Coding c) {
        if (c.event.type() != EventType.PROTEST || c.target.stream().anyMatch(r -> r.code() != null)
                || c.event.target().stream().anyMatch(c::namesAParty)) {
            return false;
        }
        ActorRef implied = Implied.party(c, "GOV", c.event.source(), "source");
        if (implied == null) {
            return false;
        }
        c.target.add(implied);
        return true;
    }
}
