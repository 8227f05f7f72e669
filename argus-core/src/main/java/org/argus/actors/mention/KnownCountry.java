package org.argus.actors.mention;

import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.known-country}: a country's name or the short form news uses (countries.tsv,
 * country-variants.tsv: "Kenya", "the U.S.", "Britain") is that country, whatever the tagger took it for.
 */
final class KnownCountry implements Rule<Reading> {
    static final String ID = "actor.mention.known-country";

    private final ActorKnowledge knowledge;

    KnownCountry(ActorKnowledge knowledge) {
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
        if (known == null || known.kind() != ActorKnowledge.Kind.COUNTRY_NAME) {
            return false;
        }
        r.as(Reading.Origin.KNOWN, ActorType.COUNTRY, known.canonical(), known.country(), null);
        return true;
    }
}
