package org.argus.codes;

import java.util.List;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code code.party.document}: a person, an unnamed group of people, or a group named for an
 * organisation of no known country ("Zambezi rebels"), with no code, in a document whose actors name
 * one country and whose places lie in no other, is coded with that country ({@code codeFrom:
 * "document"}): as a reader takes them, they are of the country the text is about. The actor's own
 * {@code country} stays empty; only the event's coding uses the document.
 */
final class DocumentCode implements Rule<Coding> {
    static final String ID = "code.party.document";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Coding c) {
        if (c.soleCountry == null) {
            return false;
        }
        return code(c, c.source) | code(c, c.target);
    }

    private static boolean code(Coding c, List<ActorRef> parties) {
        boolean fired = false;
        for (int i = 0; i < parties.size(); i++) {
            ActorRef r = parties.get(i);
            if (r.code() != null || r.name() == null) {
                continue;
            }
            Actor actor = r.actorId() == null ? null : c.doc.actor(r.actorId());
            boolean of = actor != null
                    ? actor.type() == ActorType.PERSON || actor.type() == ActorType.ORGANIZATION && c.isPeople(c.wordsAt(r.span(), r.name()))
                    : r.actorId() == null && c.isPeople(r.name());
            if (of) {
                parties.set(i, r.coded(c.soleCountry, "document", null));
                fired = true;
            }
        }
        return fired;
    }
}
