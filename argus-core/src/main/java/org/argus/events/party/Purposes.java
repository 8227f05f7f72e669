package org.argus.events.party;

import java.util.Locale;
import java.util.Set;
import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.words.Words;

/**
 * The verb a "to" clause is the purpose of ("sent personnel to the region to investigate"); the parser
 * reads "summoned the envoy to protest" as the envoy's complement, but the protest is the summoner's
 * (verbs of the list {@code events/summoning}). Immutable and thread-safe.
 */
final class Purposes {
    private final Set<String> summoning;

    Purposes(Words words) {
        this.summoning = words.set("events/summoning");
    }

    /** The verb clause {@code head} is the purpose of, or -1. */
    int of(Sentence s, int head) {
        Dependency up = s.parentOf(head);
        if (up == null || up.governor() < 0 || !Clauses.marker(s, head, "to")) {
            return -1;
        }
        return up.baseRelation().equals("advcl") || up.baseRelation().equals("xcomp") && summons(s, up.governor()) ? up.governor() : -1;
    }

    /** Whether {@code verb} calls someone in ("summoned", "convoked"). */
    boolean summons(Sentence s, int verb) {
        return summoning.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT));
    }
}
