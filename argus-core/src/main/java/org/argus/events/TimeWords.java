package org.argus.events;

import java.util.Locale;
import java.util.Set;
import org.argus.model.Token;
import org.argus.words.Words;

/**
 * Dates and times as argument heads, which are never a party ("agreed on Saturday", "an effort on
 * Monday"): weekdays, months and time nouns of the list {@code events/time-words}. Immutable and
 * thread-safe.
 */
public final class TimeWords {
    private final Set<String> words;

    public TimeWords(Words words) {
        this.words = words.set("events/time-words");
    }

    /** Whether the token is a weekday, month or time noun; "May" and "March", also names and verbs, only as proper nouns. */
    public boolean is(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!words.contains(w) && !words.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !(w.equals("may") || w.equals("march")) || t.pos().startsWith("NNP");
    }
}
