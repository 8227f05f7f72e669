package org.argus.actors.group;

import java.util.List;
import org.argus.actors.cast.Reading;
import org.argus.rules.Rule;

/** The units that join an article's mentions into actors ({@code actor.group.*}), for the actor stage's chains. */
public final class GroupUnits {
    private GroupUnits() {
    }

    public static List<Rule<Reading>> all() {
        return List.of(new Surname(), new AcronymDefined(), new Acronym(), new Initials(), new CountryCode(), new SameName());
    }
}
