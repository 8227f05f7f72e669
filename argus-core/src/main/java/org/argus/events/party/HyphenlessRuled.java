package org.argus.events.party;

import org.argus.events.EventDraft;
import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * {@code event.party.hyphenless-ruled}: a clausal subject that is really a hyphenless "X-ruled Y"
 * ("Army ruled Sudan has bought jets"): a past participle or past verb with a subject of its own and
 * an object right after it; that object is what the sentence is about, and the source. A real
 * clausal subject gives no source. Part of the role pass ({@link ArgumentRoles}), for {@code csubj}.
 */
final class HyphenlessRuled implements Role {
    static final String ID = "event.party.hyphenless-ruled";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean take(EventDraft d, Dependency dependent) {
        Sentence s = d.sentence;
        int clause = dependent.dependent();
        Token verb = s.tokens().get(clause);
        if (!verb.pos().equals("VBN") && !verb.pos().equals("VBD") || !Clauses.hasSubject(s, clause)) {
            return false;
        }
        boolean took = false;
        for (Dependency c : s.children(clause)) {
            if (c.relation().equals("obj") && c.dependent() == clause + 1) {
                d.sources.add(c.dependent());
                took = true;
            }
        }
        return took;
    }
}
