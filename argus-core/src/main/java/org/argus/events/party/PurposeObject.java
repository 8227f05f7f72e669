package org.argus.events.party;

import java.util.List;
import org.argus.grammar.Clauses;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.purpose-object}: a purpose clause with no target, or one of a summons whose
 * target names no actor, is aimed at the object of the verb it is the purpose of, when that names an
 * actor: "summoned the Ugandan envoy to protest against the closure" (the envoy hears the protest,
 * rather than the closure).
 */
final class PurposeObject implements Rule<EventDraft> {
    static final String ID = "event.party.purpose-object";
    private final Purposes purposes;
    private final Parties parties;

    PurposeObject(Purposes purposes, Parties parties) {
        this.purposes = purposes;
        this.parties = parties;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        int purpose = purposes.of(d.sentence, d.head);
        if (purpose < 0 || !(d.targets.isEmpty() || purposes.summons(d.sentence, purpose) && !parties.names(d, d.targets))) {
            return false;
        }
        List<Integer> called = Clauses.dependents(d.sentence, purpose, "obj");
        if (!parties.names(d, called)) {
            return false;
        }
        d.targets.clear();
        d.targets.addAll(called);
        return true;
    }
}
