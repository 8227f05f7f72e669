package org.argus.events.party;

import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.with-oblique}: a nominal event with a "with" party in a prepositional phrase of a
 * verb, with no source of its own, is done by that verb's subject: "the army retook the village after
 * fierce fighting with the rebels" (the army fought).
 */
final class WithOblique implements Rule<EventDraft> {
    static final String ID = "event.party.with-oblique";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Dependency up = d.sentence.parentOf(d.carrier);
        if (!d.sources.isEmpty() || up == null || up.governor() < 0 || !up.baseRelation().equals("obl")
                || d.arguments.stream().noneMatch(x -> x.relation().equals("nmod:with"))) {
            return false;
        }
        d.sources.addAll(Clauses.subjects(d.sentence, up.governor()));
        return !d.sources.isEmpty();
    }
}
