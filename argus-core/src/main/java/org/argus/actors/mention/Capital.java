package org.argus.actors.mention;

import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.capital}: a capital that is the subject of a verb ("Moscow said") is its
 * country's government (sector GOV); elsewhere ("met in Moscow") it is a place, no actor.
 */
final class Capital implements Rule<Reading> {
    static final String ID = "actor.mention.capital";

    private final ActorKnowledge knowledge;

    Capital(ActorKnowledge knowledge) {
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
        if (known == null || known.kind() != ActorKnowledge.Kind.CAPITAL || !actsAsSubject(r.sentence, r.last)) {
            return false;
        }
        r.as(Reading.Origin.KNOWN, ActorType.COUNTRY, known.canonical(), known.country(), "GOV");
        return true;
    }

    /** Whether the token is the subject of its head. */
    static boolean actsAsSubject(Sentence s, int token) {
        Dependency d = s.parentOf(token);
        return d != null && d.relation().startsWith("nsubj");
    }
}
