package org.argus.actors.describe;

import java.util.List;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.actors.cast.Titles;
import org.argus.reference.Roles;
import org.argus.rules.Rule;

/** The units that tie a description to a named actor ({@code actor.describe.*}), for the actor stage's chains. */
public final class DescribeUnits {
    private DescribeUnits() {
    }

    public static List<Rule<Reading>> all(ActorKnowledge knowledge, Roles roles, Titles titles) {
        return List.of(new Apposition(knowledge, roles, titles));
    }
}
