package org.argus.actors.mention;

import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.rules.Rule;

/**
 * {@code actor.mention.demonym-prefix}: a capitalised nationality word just before an organisation's
 * name belongs to the name ("Sudanese | Professionals Association"): the mention takes it in.
 */
final class DemonymPrefix implements Rule<Reading> {
    static final String ID = "actor.mention.demonym-prefix";

    private final ActorKnowledge knowledge;

    DemonymPrefix(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reading r) {
        if (r.origin != Reading.Origin.ORGANISATION || r.first == 0 || !isDemonym(r.tokens.get(r.first - 1))) {
            return false;
        }
        r.first--;
        r.cover(r.first, r.first);
        Token prefix = r.tokens.get(r.first);
        r.span = new Span(prefix.span().start(), r.span.end());
        r.words = prefix.word() + " " + r.words;
        r.name = r.words;
        return true;
    }

    private boolean isDemonym(Token t) {
        ActorKnowledge.Entry known = knowledge.lookup(t.word());
        return known != null && known.kind() == ActorKnowledge.Kind.DEMONYM && Character.isUpperCase(t.word().charAt(0));
    }
}
