package org.argus.reference;

import java.util.Set;
import org.argus.model.ActorType;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code reference.pronoun.previous-sentence}: a person's pronoun with no candidate before it in its
 * own sentence stands for the one person mentioned in the sentence before, when that sentence is in
 * the same paragraph ("General Amina Okoro arrived on Monday. She met the defence staff.").
 */
final class PreviousSentence implements Rule<Reference> {
    static final String ID = "reference.pronoun.previous-sentence";

    private final Candidates candidates;

    PreviousSentence(Candidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        Sentence s = r.sentence;
        if (!r.open() || !r.types.contains(ActorType.PERSON) || s.index() == 0 || !candidates.inSentence(r).isEmpty()) {
            return false;
        }
        Sentence before = r.sentences.get(s.index() - 1);
        int newline = r.text.indexOf('\n', before.span().end());
        if (newline >= 0 && newline < s.span().start()) {
            return false; // another paragraph
        }
        Set<Antecedent> there = candidates.between(r, before.span().start(), before.span().end());
        if (there.size() != 1) {
            return false;
        }
        r.antecedent = there.iterator().next();
        return true;
    }
}
