package org.argus.events.trigger;

import java.util.List;
import java.util.Map;
import org.argus.events.Lexicon;
import org.argus.events.Trigger;
import org.argus.model.Sentence;
import org.argus.model.Token;

/**
 * One token being looked up as a trigger: the units of chain {@code events/chains/trigger.txt} set
 * {@link #trigger}, or decide that the token triggers nothing. The lexicon's entries for the token are
 * looked up once. Mutable; one per sentence, reset for each token ({@link #at}), used by one thread.
 */
final class TriggerDraft {
    final Sentence sentence;
    Token token;
    private final Lexicon lexicon;
    private final Map<Lexicon.Entry, Trigger> made;
    private List<Lexicon.Entry> verbs;
    private List<Lexicon.Entry> nouns;
    /** What the token triggers; null while no unit has given it a trigger, or when one decided it triggers nothing. */
    Trigger trigger;

    TriggerDraft(Sentence sentence, Token token, Lexicon lexicon, Map<Lexicon.Entry, Trigger> made) {
        this.sentence = sentence;
        this.lexicon = lexicon;
        this.made = made;
        at(token);
    }

    /** This draft, reset to look up {@code next} (a token of the same sentence). */
    TriggerDraft at(Token next) {
        this.token = next;
        this.verbs = null;
        this.nouns = null;
        this.trigger = null;
        return this;
    }

    /** The trigger of lexicon entry {@code e} (made once per entry and shared). */
    Trigger of(Lexicon.Entry e) {
        return made.computeIfAbsent(e, Trigger::of);
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
