package org.argus.reference;

import java.util.Locale;
import org.argus.model.ActorType;
import org.argus.rules.Rule;

/**
 * {@code reference.description.title}: a definite description whose head is a person's title joins
 * the one person named before it with that title: "the minister" after "Foreign Minister Amina
 * Okoro", "Kenya's top diplomat" after "Kenyan Foreign Minister Amina Okoro" (a country's top
 * diplomat is its foreign minister); not "the Ugandan minister", and not when two ministers fit.
 */
final class TitleDescription implements Rule<Reference> {
    static final String ID = "reference.description.title";

    private final Roles roles;
    private final DescriptionWords words;
    private final HeadMatch match;

    TitleDescription(Roles roles, DescriptionWords words) {
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
        if (!r.open() || !roles.isPersonTitle(noun)) {
            return false;
        }
        words.measure(r);
        r.antecedent = match.only(r, noun, ActorType.PERSON);
        return r.antecedent != null;
    }
}
