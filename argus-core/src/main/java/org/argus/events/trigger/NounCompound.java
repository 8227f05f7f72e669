package org.argus.events.trigger;

import java.util.Locale;
import org.argus.events.Lexicon;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.rules.Rule;

/**
 * {@code event.trigger.noun-compound}: a noun compound (lexicon rows such as {@code hunger strike})
 * fires on its last word when the others are its compound or adjective modifiers: "a hunger strike"
 * is a protest where a "strike" alone is an attack. Wins over the noun alone.
 */
final class NounCompound implements Rule<TriggerDraft> {
    static final String ID = "event.trigger.noun-compound";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean apply(TriggerDraft d) {
        if (!d.commonNoun()) {
            return false;
        }
        for (Lexicon.Entry e : d.nouns()) {
            if (e.particle() != null && hasModifier(d.sentence, d.token.index(), e.particle())) {
                d.trigger = d.of(e);
                return true;
            }
        }
        return false;
    }

    /** True when noun {@code head} has {@code modifier} (one or more words) as compound or adjective words before it. */
    private static boolean hasModifier(Sentence s, int head, String modifier) {
        StringBuilder before = new StringBuilder();
        for (Dependency d : s.children(head)) {
            String rel = d.baseRelation();
            if (d.dependent() < head && (rel.equals("compound") || rel.equals("amod"))) {
                before.append(before.length() == 0 ? "" : " ").append(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT));
            }
        }
        return (" " + before + " ").contains(" " + modifier + " ");
    }
}
