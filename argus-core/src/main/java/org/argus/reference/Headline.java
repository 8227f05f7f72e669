package org.argus.reference;

import org.argus.rules.Rule;

/**
 * {@code reference.pronoun.headline}: a capitalised pronoun inside its sentence is in a headline in
 * title case ("Minister Says He Will Stay"), where the tagger misses names, so the actors before it
 * are not all known: it is not resolved.
 */
final class Headline implements Rule<Reference> {
    static final String ID = "reference.pronoun.headline";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        return r.open() && r.head > 0 && Character.isUpperCase(r.token().word().charAt(0)) && r.ruleOut();
    }
}
