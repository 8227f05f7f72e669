package org.argus.actors.mention;

import java.util.List;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.cast.Reading;
import org.argus.rules.Rule;
import org.argus.words.Words;

/** The units that find actor mentions ({@code actor.mention.*}), for the actor stage's chains. */
public final class MentionUnits {
    private MentionUnits() {
    }

    public static List<Rule<Reading>> all(ActorKnowledge knowledge, Words words) {
        return List.of(new PersonName(), new OrganisationName(), new KnownOrganisation(knowledge), new KnownCountry(knowledge),
                new Capital(knowledge), new MisspeltCountry(knowledge), new Demonym(knowledge), new AcronymExpansion(words),
                new SurnameSlip(), new DemonymPrefix(knowledge), new EthnicGroup(knowledge, words), new LivingElsewhere(knowledge));
    }

    /** Whether token {@code token} is the subject of its head ("Moscow said"): where the name scan may read a capital. */
    public static boolean actsAsSubject(org.argus.model.Sentence s, int token) {
        return Capital.actsAsSubject(s, token);
    }
}
