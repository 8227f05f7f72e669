package org.argus.events.party;

import java.util.Set;
import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.verb-object-source}: a nominal event that is the object of a verb, with no source
 * of its own, is done by that verb's subject and its co-actors (list {@code
 * events/co-actor-relations}: "Russia provided support alongside Egypt"), else by the subject the verb
 * inherits.
 */
final class VerbObjectSource implements Rule<EventDraft> {
    static final String ID = "event.party.verb-object-source";
    private final Set<String> coActors;

    VerbObjectSource(Words words) {
        this.coActors = words.set("events/co-actor-relations");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Dependency up = d.sentence.parentOf(d.carrier);
        if (!d.sources.isEmpty() || up == null || up.governor() < 0 || !up.baseRelation().equals("obj")) {
            return false;
        }
        for (Dependency x : d.sentence.children(up.governor())) {
            if (x.relation().equals("nsubj") || coActors.contains(x.relation())) {
                d.sources.add(x.dependent());
            }
        }
        if (d.sources.isEmpty()) {
            d.sources.addAll(Clauses.inheritedSubject(d.sentence, up.governor()));
        }
        return !d.sources.isEmpty();
    }
}
