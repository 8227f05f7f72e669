package org.argus.actors.mention;

import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.known-organisation}: a name or acronym of an organisation the knowledge base
 * lists (organizations.tsv: "UN", "NATO", "the African Union") is that organisation, under its
 * canonical name, with its sector and country.
 */
final class KnownOrganisation implements Rule<Reading> {
    static final String ID = "actor.mention.known-organisation";

    private final ActorKnowledge knowledge;

    KnownOrganisation(ActorKnowledge knowledge) {
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
        if (known == null || known.kind() != ActorKnowledge.Kind.ORGANIZATION) {
            return false;
        }
        r.as(Reading.Origin.KNOWN, ActorType.ORGANIZATION, known.canonical(), known.country(), known.sector());
        return true;
    }
}
