package org.argus.actors.mention;

import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.misspelt-country}: a place the tagger found that the knowledge base does not
 * list, one edit from exactly one country's English name ("Kazakstan", "Bahrein"), is that country.
 */
final class MisspeltCountry implements Rule<Reading> {
    static final String ID = "actor.mention.misspelt-country";

    private final ActorKnowledge knowledge;

    MisspeltCountry(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.read() || r.rejected || r.known(knowledge) != null) {
            return false;
        }
        ActorKnowledge.Entry near = knowledge.lookupMisspelt(r.words);
        if (near == null) {
            return false;
        }
        r.as(Reading.Origin.KNOWN, ActorType.COUNTRY, near.canonical(), near.country(), null);
        return true;
    }
}
