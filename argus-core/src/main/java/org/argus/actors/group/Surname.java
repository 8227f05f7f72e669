package org.argus.actors.group;

import org.argus.actors.cast.ActorDraft;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.group.surname}: a person's name that ends another person's full name joins it ("Okoro"
 * after "Amina Okoro"), and a full name that ends with an earlier shorter one joins it and names the
 * actor from then on ("Okoro", then "Amina Okoro").
 */
final class Surname implements Rule<Reading> {
    static final String ID = "actor.group.surname";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.type != ActorType.PERSON || r.joins != null || r.key != null) {
            return false;
        }
        String name = r.name;
        String[] words = name.split("\\s+");
        for (ActorDraft d : r.cast.actors()) {
            if (d.type() == ActorType.PERSON && !d.name().equals(name)
                    && (d.name().endsWith(" " + name) || words.length > 1 && name.endsWith(" " + d.name()))) {
                r.joins = d;
                r.renames = words.length > d.name().split("\\s+").length;
                return true;
            }
        }
        return false;
    }
}
