package org.argus.reference;

import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code reference.description.qualified}: a noun that is part of a name ("the minister Amina Okoro"
 * is a title, "the Okoro government" names its own actor) or has a phrase after it that says which
 * one ("the minister of finance") is no plain description, and is not resolved.
 */
final class Qualified implements Rule<Reference> {
    static final String ID = "reference.description.qualified";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        return r.open() && qualified(r.sentence, r.head) && r.ruleOut();
    }

    private static boolean qualified(Sentence s, int head) {
        Dependency up = s.parentOf(head);
        if (up != null && up.governor() >= 0 && (up.baseRelation().equals("compound") || up.baseRelation().equals("appos")
                || s.tokens().get(up.governor()).isProperNoun() && !up.baseRelation().startsWith("nsubj")
                && !up.baseRelation().startsWith("obj") && !up.baseRelation().startsWith("obl"))) {
            return true;
        }
        for (Dependency d : s.children(head)) {
            String rel = d.baseRelation();
            if (d.dependent() > head && (rel.equals("nmod") || rel.equals("appos") || rel.equals("acl") || rel.equals("compound")
                    || rel.equals("flat"))) {
                return true;
            }
            if (rel.equals("compound") && s.tokens().get(d.dependent()).isProperNoun()) {
                return true;
            }
        }
        return false;
    }
}
