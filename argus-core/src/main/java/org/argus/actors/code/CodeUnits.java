package org.argus.actors.code;

import java.util.List;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.actors.cast.Titles;
import org.argus.reference.Roles;
import org.argus.rules.Rule;

/** The units that code an actor mention's country, sector and role ({@code actor.code.*}), for the actor stage's chains. */
public final class CodeUnits {
    private CodeUnits() {
    }

    public static List<Rule<Reading>> all(ActorKnowledge knowledge, Roles roles, Titles titles) {
        return List.of(new TitleCode(titles), new NameCountry(knowledge), new NameSector(roles), new DemonymHead(roles));
    }
}
