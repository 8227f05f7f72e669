package org.argus.actors.mention;

import java.util.Locale;
import java.util.Set;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.rules.Rule;
import org.argus.words.Words;

/**
 * {@code actor.mention.ethnic-group}: a nationality word after a word that makes it a people ("ethnic
 * Uzbeks in Kyrgyzstan", list {@code actors/people-modifiers}) names a people, not the state of its
 * name: no actor.
 */
final class EthnicGroup implements Rule<Reading> {
    static final String ID = "actor.mention.ethnic-group";

    private final ActorKnowledge knowledge;
    private final Set<String> modifiers;

    EthnicGroup(ActorKnowledge knowledge, Words words) {
        this.knowledge = knowledge;
        this.modifiers = words.set("actors/people-modifiers");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        ActorKnowledge.Entry known = r.known(knowledge);
        if (r.rejected || known == null || known.kind() != ActorKnowledge.Kind.DEMONYM || r.first == 0
                || !modifiers.contains(r.tokens.get(r.first - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        r.rejected = true;
        return true;
    }
}
