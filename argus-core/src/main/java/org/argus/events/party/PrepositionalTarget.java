package org.argus.events.party;

import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.prepositional-target}: a verb with no object takes as target its first
 * prepositional argument (the role table's prepositional rows, in order: "against", "on", "with",
 * "to", ...) when it names an actor: "protested against Niger". The argument is kept as the target of
 * last resort ({@code event.party.prepositional-fallback}); the row is traced too.
 */
final class PrepositionalTarget implements Rule<EventDraft> {
    static final String ID = "event.party.prepositional-target";
    private final ArgumentRoles roles;
    private final Parties parties;

    PrepositionalTarget(ArgumentRoles roles, Parties parties) {
        this.roles = roles;
        this.parties = parties;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        if (!d.targets.isEmpty()) {
            return false;
        }
        ArgumentRoles.Found found = roles.prepositional(d.sentence, d.head);
        if (found == null) {
            return false;
        }
        d.prepositional = found.heads();
        d.prepositionalRow = found.row();
        if (!parties.names(d, found.heads())) {
            return false;
        }
        d.targets.addAll(found.heads());
        d.trace.add(found.row());
        return true;
    }
}
