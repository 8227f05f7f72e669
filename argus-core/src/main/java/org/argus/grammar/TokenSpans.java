package org.argus.grammar;

import java.util.List;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;

/** Character spans of token ranges, and the punctuation tests they use. Stateless. */
public final class TokenSpans {
    private TokenSpans() {
    }

    /**
     * The span of tokens [lo, hi] of {@code s} without punctuation at either edge (a closing quotation
     * mark at the end is kept); null when nothing but punctuation is left.
     */
    public static Span range(Sentence s, int lo, int hi) {
        List<Token> toks = s.tokens();
        while (lo <= hi && isPunct(toks.get(lo))) {
            lo++;
        }
        while (hi >= lo && isPunct(toks.get(hi)) && !isClosingQuote(toks.get(hi))) {
            hi--;
        }
        if (lo > hi) {
            return null;
        }
        return new Span(toks.get(lo).span().start(), toks.get(hi).span().end());
    }

    /** The longest run of tokens not {@code skip}ped (the first of equal ones), as {@link #range}; null when none. */
    public static Span longestRun(Sentence s, boolean[] skip) {
        int bestLo = -1;
        int bestHi = -1;
        int i = 0;
        while (i < skip.length) {
            if (skip[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < skip.length && !skip[j + 1]) {
                j++;
            }
            if (bestLo < 0 || j - i > bestHi - bestLo) {
                bestLo = i;
                bestHi = j;
            }
            i = j + 1;
        }
        if (bestLo < 0) {
            return null;
        }
        return range(s, bestLo, bestHi);
    }

    /** The first token of {@code s} starting at or after {@code offset}, or -1. */
    public static int firstAt(Sentence s, int offset) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).span().start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the token has no letter or digit (punctuation, quotation marks). */
    public static boolean isPunct(Token t) {
        return !t.word().isEmpty() && t.word().chars().noneMatch(Character::isLetterOrDigit);
    }

    /** Whether the token is a closing double quotation mark as the tokenizer writes it. */
    public static boolean isClosingQuote(Token t) {
        return t.word().equals("\"") || t.word().equals("''") || t.word().equals("\u201D");
    }
}
