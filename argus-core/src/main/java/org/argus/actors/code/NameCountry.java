package org.argus.actors.code;

import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.rules.Rule;

/**
 * {@code actor.code.name-country}: an organisation its title gave no country takes the country a word
 * of its own name names ("Libyan National Army": LBY; "Sudanese Professionals Association": SDN).
 */
final class NameCountry implements Rule<Reading> {
    static final String ID = "actor.code.name-country";

    private final ActorKnowledge knowledge;

    NameCountry(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.ORGANISATION && r.origin != Reading.Origin.ACRONYM || r.country != null) {
            return false;
        }
        for (int i = r.first; i <= r.last; i++) {
            ActorKnowledge.Entry inName = knowledge.lookup(r.tokens.get(i).word());
            if (inName != null && inName.country() != null && inName.kind() != ActorKnowledge.Kind.ORGANIZATION) {
                r.country = inName.country();
                return true;
            }
        }
        return false;
    }
}
