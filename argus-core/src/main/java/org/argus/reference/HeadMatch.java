package org.argus.reference;

import org.argus.model.ActorType;

/**
 * The one actor of a type mentioned before a description whose role (a person) or name (an
 * organisation) has the description's noun as its head, or names that office ("diplomat" and "Foreign
 * Minister"), and whose country does not differ from a country the description names. Null when
 * none fits, when two do, or when one that fits is of another country than the description says.
 */
final class HeadMatch {
    private final Roles roles;

    HeadMatch(Roles roles) {
        this.roles = roles;
    }

    Antecedent only(Reference r, String noun, ActorType type) {
        int before = r.span().start();
        Antecedent found = null;
        for (Antecedent a : r.antecedents.actors()) {
            if (a.type() != type || a.mentions().isEmpty() || a.mentions().get(0).span().start() >= before) {
                continue;
            }
            String named = type == ActorType.PERSON ? a.role() : a.name();
            if (named == null || !noun.equals(roles.headNoun(named, type)) && !roles.sameOffice(noun, named)) {
                continue;
            }
            if (r.country != null && !r.country.equals(a.country())) {
                return null;
            }
            if (found != null) {
                return null;
            }
            found = a;
        }
        return found;
    }
}
