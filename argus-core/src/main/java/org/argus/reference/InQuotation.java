package org.argus.reference;

import org.argus.rules.Rule;

/**
 * {@code reference.pronoun.in-quotation}: a pronoun inside a quotation is not resolved: the speaker's
 * "he" is someone the narrator has not named ("'He is a liar,' Okoro said of the envoy").
 */
final class InQuotation implements Rule<Reference> {
    static final String ID = "reference.pronoun.in-quotation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        return r.open() && Quotation.inside(r.text, r.token().span().start()) && r.ruleOut();
    }
}
