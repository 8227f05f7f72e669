package org.argus.reference;

import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code reference.description.definite}: only a definite description refers back: "the minister", or
 * a country's ("Kenya's defence minister"); "a minister" is someone new, "Okoro's aide" someone else.
 */
final class Definite implements Rule<Reference> {
    static final String ID = "reference.description.definite";

    private final CountryWords countries;

    Definite(CountryWords countries) {
        this.countries = countries;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        return r.open() && !definite(r.sentence, r.head) && r.ruleOut();
    }

    private boolean definite(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("det")) {
                return s.tokens().get(d.dependent()).word().equalsIgnoreCase("the");
            }
            if (d.relation().equals("nmod:poss")) {
                return countries.isCountryName(s.tokens().get(d.dependent()).word());
            }
        }
        return false;
    }
}
