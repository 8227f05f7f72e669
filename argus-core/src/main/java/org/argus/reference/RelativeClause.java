package org.argus.reference;

import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code reference.relative.clause}: a relative pronoun stands for the noun its clause modifies, as
 * the parse shows it ("Turkey, which backs the government," and "the senator who said ...": the
 * clause is an {@code acl:relcl} of the noun).
 */
final class RelativeClause implements Rule<Reference> {
    static final String ID = "reference.relative.clause";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        if (!r.open()) {
            return false;
        }
        Sentence s = r.sentence;
        Dependency up = s.parentOf(r.head);
        if (up == null || up.governor() < 0) {
            return false;
        }
        Dependency clause = s.parentOf(up.governor());
        if (clause == null || clause.governor() < 0 || !clause.relation().startsWith("acl:relcl")) {
            return false;
        }
        r.antecedentToken = clause.governor();
        return true;
    }
}
