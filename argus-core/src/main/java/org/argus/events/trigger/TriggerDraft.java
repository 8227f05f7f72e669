package org.argus.events.trigger;

import java.util.List;
import org.argus.events.Lexicon;
import org.argus.events.Trigger;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * One token being looked up as a trigger: the units of chain {@code events/chains/trigger.txt} set
 * {@link #trigger}, or decide that the token triggers nothing. The lexicon's entries for the token are
 * looked up once. Mutable; one per token, used by one thread.
 */
final class TriggerDraft {
    final Sentence sentence;
    final Token token;
    private final Lexicon lexicon;
    private List<Lexicon.Entry> verbs;
    private List<Lexicon.Entry> nouns;
    /** What the token triggers; null while no unit has given it a trigger, or when one decided it triggers nothing. */
    Trigger trigger;

    TriggerDraft(Sentence sentence, Token token, Lexicon lexicon) {
        this.sentence = sentence;
        this.token = token;
        this.lexicon = lexicon;
    }

    /** The lexicon's verb entries for the token's lemma. */
    List<Lexicon.Entry> verbs() {
        if (verbs == null) {
            verbs = lexicon.verbs(token.lemma());
        }
        return verbs;
    }

    /** The lexicon's noun entries for the token's lemma, else for its word ("talks"). */
    List<Lexicon.Entry> nouns() {
        if (nouns == null) {
            List<Lexicon.Entry> byLemma = lexicon.nouns(token.lemma());
            nouns = byLemma.isEmpty() ? lexicon.nouns(token.word()) : byLemma;
        }
        return nouns;
    }

    /** Whether the token is a common noun (a name triggers nothing). */
    boolean commonNoun() {
        return token.isNoun() && !token.isProperNoun();
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
