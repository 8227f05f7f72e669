package org.argus.reference;

import java.util.Set;
import org.argus.rules.Rule;

/**
 * {@code reference.pronoun.same-sentence}: a pronoun stands for the one actor of a type it can name
 * mentioned before it in its sentence ("Kenya said it would ..."); with two candidates it stays
 * unresolved ("Okoro told Berg he would ...").
 */
final class SameSentence implements Rule<Reference> {
    static final String ID = "reference.pronoun.same-sentence";

    private final Candidates candidates;

    SameSentence(Candidates candidates) {
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
        Set<Antecedent> here = candidates.inSentence(r);
        if (here.size() != 1) {
            return false;
        }
        r.antecedent = here.iterator().next();
        return true;
    }
}
