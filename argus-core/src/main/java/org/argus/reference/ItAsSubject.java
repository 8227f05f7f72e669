package org.argus.reference;

import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code reference.pronoun.it-subject}: "it" is resolved only as the subject of a verb ("Kenya said it
 * would ..."); as an object or the subject of a copula it mostly stands for a place or a situation
 * ("to rid it of", "it would be a mistake").
 */
final class ItAsSubject implements Rule<Reference> {
    static final String ID = "reference.pronoun.it-subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        return r.open() && r.token().word().equalsIgnoreCase("it") && !subjectOfVerb(r.sentence, r.head) && r.ruleOut();
    }

    private static boolean subjectOfVerb(Sentence s, int i) {
        Dependency d = s.parentOf(i);
        return d != null && d.governor() >= 0 && d.relation().startsWith("nsubj") && s.tokens().get(d.governor()).isVerb();
    }
}
