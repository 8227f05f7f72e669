package org.argus.events.party;

import java.util.Locale;
import java.util.Set;
import org.argus.events.Carriers;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.words.Words;
import org.argus.events.EventDraft;
import org.argus.rules.Rule;

/**
 * {@code event.party.took-part-in}: a nominal event in the "in" phrase of a verb of taking part (list
 * {@code events/taking-part}, or "took part") is done by that verb's subject, and aimed at its
 * prepositional argument when it has none: "soldiers took part in the attack on the village".
 */
final class TookPartIn implements Rule<EventDraft> {
    static final String ID = "event.party.took-part-in";
    private final Set<String> takingPart;
    private final Carriers carriers;
    private final ArgumentRoles roles;

    TookPartIn(Words words, Carriers carriers, ArgumentRoles roles) {
        this.takingPart = words.set("events/taking-part");
        this.carriers = carriers;
        this.roles = roles;
    }

    private boolean takesPart(Sentence s, int verb) {
        String lemma = s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT);
        return takingPart.contains(lemma) || lemma.equals("take") && carriers.hasObject(s, verb, "part");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(EventDraft d) {
        Sentence s = d.sentence;
        Dependency up = s.parentOf(d.carrier);
        if (!d.sources.isEmpty() || up == null || up.governor() < 0 || !up.relation().equals("obl:in") || !takesPart(s, up.governor())) {
            return false;
        }
        int verb = up.governor();
        s.children(verb).stream().filter(x -> x.baseRelation().startsWith("nsubj")).forEach(x -> d.sources.add(x.dependent()));
        boolean fired = !d.sources.isEmpty();
        if (d.targets.isEmpty()) {
            ArgumentRoles.Found aimed = roles.prepositional(s, verb);
            if (aimed != null) {
                for (int i : aimed.heads()) {
                    if (i != d.carrier) {
                        d.targets.add(i);
                        fired = true;
                    }
                }
            }
        }
        return fired;
    }
}
