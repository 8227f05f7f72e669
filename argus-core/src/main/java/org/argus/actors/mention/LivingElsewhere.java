package org.argus.actors.mention;

import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.living-elsewhere}: a people named by its demonym as a noun, with a place of
 * another country or of no known country after it ("the Uzbeks of southern Kyrgyzstan", "Russians
 * in Latvia"), are those who live there, not the state their name comes from: no actor.
 */
final class LivingElsewhere implements Rule<Reading> {
    static final String ID = "actor.mention.living-elsewhere";

    private final ActorKnowledge knowledge;

    LivingElsewhere(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        ActorKnowledge.Entry known = r.known(knowledge);
        if (r.rejected || known == null || known.kind() != ActorKnowledge.Kind.DEMONYM
                || !livingElsewhere(r.sentence, r.last, known.country())) {
            return false;
        }
        r.rejected = true;
        return true;
    }

    private boolean livingElsewhere(Sentence s, int head, String country) {
        if (!s.tokens().get(head).isNoun()) {
            return false;
        }
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("nmod:of") || d.relation().equals("nmod:in")) {
                Token place = s.tokens().get(d.dependent());
                ActorKnowledge.Entry there = knowledge.lookup(place.word());
                if (there != null && there.kind() != ActorKnowledge.Kind.ORGANIZATION && there.kind() != ActorKnowledge.Kind.DEMONYM) {
                    return !country.equals(there.country());
                }
                if ("LOCATION".equals(place.ner())) {
                    return true;
                }
            }
        }
        return false;
    }
}
