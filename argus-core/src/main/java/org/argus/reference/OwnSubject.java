package org.argus.reference;

import java.util.Set;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.rules.Rule;

/**
 * {@code reference.pronoun.own-subject}: an object pronoun is never the subject of its own verb
 * ("Berg called on her to resign": her is not Berg, who would be "herself"), so that subject's actor
 * leaves the pronoun's candidates in its sentence.
 */
final class OwnSubject implements Rule<Reference> {
    static final String ID = "reference.pronoun.own-subject";

    private final Candidates candidates;

    OwnSubject(Candidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        if (!r.open()) {
            return false;
        }
        Span subject = subjectOfOwnClause(r.sentence, r.head);
        if (subject == null) {
            return false;
        }
        Set<Antecedent> here = candidates.inSentence(r);
        return here.removeIf(a -> a.mentions().stream().anyMatch(m -> m.span().start() <= subject.start()
                && subject.end() <= m.span().end()));
    }

    /** The subject of the verb an object pronoun ("him", "her", "it") depends on, or null. */
    static Span subjectOfOwnClause(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (t.pos().equals("PRP$")) {
            return null;
        }
        Dependency d = s.parentOf(i);
        if (d != null && d.governor() >= 0 && d.relation().equals("nsubj")
                && s.children(d.governor()).stream().anyMatch(c -> c.baseRelation().equals("mark")
                && s.tokens().get(c.dependent()).word().equalsIgnoreCase("to"))) {
            // "Berg called on her to resign" parsed with her as the subject of "resign": the verb
            // above is the one whose subject she cannot be
            d = s.parentOf(d.governor());
            if (d == null || d.governor() < 0) {
                return null;
            }
        } else if (d == null || d.governor() < 0 || !(d.baseRelation().equals("obj") || d.baseRelation().equals("iobj")
                || d.baseRelation().equals("obl"))) {
            return null;
        }
        for (Dependency c : s.children(d.governor())) {
            if (c.relation().equals("nsubj")) {
                return s.tokens().get(c.dependent()).span();
            }
        }
        return null;
    }
}
