package org.argus.actors.cast;

import java.util.List;
import org.argus.model.Token;

/** The text of a run of tokens, as a name or a title is written. Stateless. */
public final class TokenText {
    private TokenText() {
    }

    /** The words {@code first} to {@code last} joined by single spaces: a name as the knowledge looks it up. */
    public static String joined(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                b.append(' ');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }

    /** The words of a title or name as written: tokens the text joins without a space stay joined. */
    public static String asWritten(List<Token> t, int first, int last) {
        StringBuilder b = new StringBuilder(t.get(first).word());
        for (int i = first + 1; i <= last; i++) {
            if (!glued(t, i - 1, i)) {
                b.append(' ');
            }
            b.append(t.get(i).word());
        }
        return b.toString();
    }

    /** True when token {@code b} follows token {@code a} with no space between. */
    public static boolean glued(List<Token> t, int a, int b) {
        return b < t.size() && t.get(a).span().end() == t.get(b).span().start();
    }

    /** An opening parenthesis, as the tokenizer writes it. */
    public static boolean isOpen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    /** A closing parenthesis, as the tokenizer writes it. */
    public static boolean isClose(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }
}
