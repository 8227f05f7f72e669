package org.argus.actors.mention;

import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.demonym}: a nationality word the tagger left untagged ("Turkish drones", "the
 * Kurds", "Armenians protested") is its country; it is marked a nationality word, which no pronoun stands for.
 */
final class Demonym implements Rule<Reading> {
    static final String ID = "actor.mention.demonym";

    private final ActorKnowledge knowledge;

    Demonym(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.read() || r.rejected) {
            return false;
        }
        ActorKnowledge.Entry known = r.known(knowledge);
        if (known == null || known.kind() != ActorKnowledge.Kind.DEMONYM) {
            return false;
        }
        r.as(Reading.Origin.KNOWN, ActorType.COUNTRY, known.canonical(), known.country(), null);
        r.adjective = true;
        return true;
    }
}
