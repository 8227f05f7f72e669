package org.argus.quotes.draft;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether quoted words are the name of something (a show, a paper, a book, an operation: "Face the
 * Nation", "Operation Desert Storm") rather than words someone said: at most six words, every word
 * capitalised but the small ones of {@code quotes/title-small-words} (and the first word is
 * capitalised), and no sentence inside. Immutable.
 */
public final class Titles {
    private static final Pattern END_PUNCTUATION = Pattern.compile("[,.;:!?]+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final Set<String> smallWords;

    public Titles(Set<String> smallWords) {
        this.smallWords = Set.copyOf(smallWords);
    }

    public boolean isTitle(String text) {
        String t = END_PUNCTUATION.matcher(text.strip()).replaceAll("");
        if (t.isEmpty() || t.contains(". ")) {
            return false;
        }
        String[] words = BLANKS.split(t);
        if (words.length > 6) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean capital = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0));
            if (!capital && (i == 0 || !smallWords.contains(w.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }
}
