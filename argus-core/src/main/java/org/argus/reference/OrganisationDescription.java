package org.argus.reference;

import java.util.Locale;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code reference.description.organisation}: a definite description whose head is a noun for an
 * organisation or group joins the one organisation named before it whose name has that head: "the
 * army" after "the Northern Liberation Army", "the government" after "the Government of National Accord".
 */
final class OrganisationDescription implements Rule<Reference> {
    static final String ID = "reference.description.organisation";

    private final Roles roles;
    private final DescriptionWords words;
    private final HeadMatch match;

    OrganisationDescription(Roles roles, DescriptionWords words) {
        this.roles = roles;
        this.words = words;
        this.match = new HeadMatch(roles);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(Reference r) {
        String noun = r.token().word().toLowerCase(Locale.ROOT);
        if (!r.open() || !roles.isOrganisationNoun(noun)) {
            return false;
        }
        words.measure(r);
        r.antecedent = match.only(r, noun, ActorType.ORGANIZATION);
        return r.antecedent != null;
    }
}
