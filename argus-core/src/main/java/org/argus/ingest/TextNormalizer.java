package org.argus.ingest;

/**
 * Text as Argus stores and indexes it (issue 23): a NUL (which cuts a C string, so a database or a
 * terminal would see less than was analysed) and an unpaired surrogate (which has no UTF-8 form, so
 * the stored text would lose or change a character and every later offset would move) are each
 * replaced by U+FFFD, one character for one, so offsets into the normalised text are offsets into
 * what is stored. Everything else is kept as it is. Stateless.
 */
final class TextNormalizer {
    /** The replacement character. */
    static final char REPLACEMENT = '\uFFFD';

    private TextNormalizer() {
    }

    /** What {@link #normalize} did: the text, how many characters it replaced, and where the first one was. */
    record Result(String text, int nuls, int surrogates, int firstAt) {
        boolean changed() {
            return nuls + surrogates > 0;
        }

        /** "2 NUL characters and 1 unpaired surrogate replaced by U+FFFD (first at character 14)". */
        String describe() {
            StringBuilder b = new StringBuilder();
            if (nuls > 0) {
                b.append(nuls).append(nuls == 1 ? " NUL character" : " NUL characters");
            }
            if (surrogates > 0) {
                b.append(b.length() > 0 ? " and " : "").append(surrogates).append(surrogates == 1 ? " unpaired surrogate" : " unpaired surrogates");
            }
            return b.append(" replaced by U+FFFD (first at character ").append(firstAt).append(')').toString();
        }
    }

    static Result normalize(String s) {
        char[] c = null;
        int nuls = 0;
        int surrogates = 0;
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean bad;
            if (ch == 0) {
                bad = true;
                nuls++;
            } else if (Character.isHighSurrogate(ch)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++; // a pair: one character outside the BMP
                    continue;
                }
                bad = true;
                surrogates++;
            } else if (Character.isLowSurrogate(ch)) {
                bad = true;
                surrogates++;
            } else {
                continue;
            }
            if (bad) {
                if (c == null) {
                    c = s.toCharArray();
                    first = i;
                }
                c[i] = REPLACEMENT;
            }
        }
        return c == null ? new Result(s, 0, 0, -1) : new Result(new String(c), nuls, surrogates, first);
    }

    /** The 1-based line of character {@code at} of {@code text}. */
    static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
