package org.argus.events.trigger;

import java.util.Locale;
import org.argus.events.Lexicon;
import org.argus.grammar.Clauses;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code event.trigger.verb-particle}: a phrasal verb (lexicon rows {@code verb+particle}) fires when
 * the verb has that particle or preposition: "called for", "pulled out"; also "called on X to ...",
 * which the parser reads as a clause marked "on". Wins over the verb alone.
 */
final class PhrasalVerb implements Rule<TriggerDraft> {
    static final String ID = "event.trigger.verb-particle";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(TriggerDraft d) {
        if (!d.token.isVerb()) {
            return false;
        }
        for (Lexicon.Entry e : d.verbs()) {
            if (e.object() == null && e.particle() != null && hasParticle(d.sentence, d.token.index(), e.particle())) {
                d.trigger = d.of(e);
                return true;
            }
        }
        return false;
    }

    private static boolean hasParticle(Sentence s, int head, String particle) {
        for (Dependency d : s.children(head)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().equals("compound:prt") && w.equals(particle) || d.relation().equals("obl:" + particle)
                    || d.relation().equals("advcl:" + particle) && Clauses.marker(s, d.dependent(), particle)) {
                return true;
            }
        }
        return false;
    }
}
