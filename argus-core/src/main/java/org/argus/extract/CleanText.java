package org.argus.extract;



/** Whitespace of page text normalised to single spaces, invisible characters removed. Stateless. */
final class CleanText {
    private CleanText() {
    }

    /** Whether {@link #clean} would return the text unchanged: kept characters with single spaces between them. */
    static boolean isClean(String s) {
        int n = s.length();
        boolean previousKept = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F || c >= 0x7F && !dropped(c)) {
                previousKept = true;
            } else if (c == ' ' && previousKept && i + 1 < n && s.charAt(i + 1) != ' ' && !dropped(s.charAt(i + 1))) {
                previousKept = false;
            } else {
                return false;
            }
        }
        return true;
    }

    /** A character {@link #clean} drops or turns into a space: invisible, whitespace or a space character. */
    static boolean dropped(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    /** Whitespace normalised to single spaces, invisible characters removed. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        if (isClean(s)) {
            return s; // most block texts come from jsoup already normalised
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue; // invisible
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
