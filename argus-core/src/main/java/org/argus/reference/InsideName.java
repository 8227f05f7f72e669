package org.argus.reference;

import org.argus.rules.Rule;

/**
 * {@code reference.description.inside-name}: a description whose own words (after a possessor) take in
 * a word already read as a name ("the Northern Liberation Army" is a name, not "the army") is not resolved.
 */
final class InsideName implements Rule<Reference> {
    static final String ID = "reference.description.inside-name";

    private final DescriptionWords words;

    InsideName(DescriptionWords words) {
        this.words = words;
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
        words.measure(r);
        for (int i = r.own; i <= r.head; i++) {
            if (r.antecedents.named(r.sentence.index(), i)) {
                return r.ruleOut();
            }
        }
        return false;
    }
}
