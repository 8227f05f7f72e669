package org.argus.extract;

import java.util.Set;

/**
 * Empties the bodies of {@code <script>} and {@code <style>} elements before the page is parsed. They
 * hold about half the bytes of a news page and never any of its text, yet the parser reads every
 * character of them. Scripts whose start tag mentions JSON keep their body (the JSON-LD metadata is
 * read from it), and so does every script or style the scan is not certain about.
 *
 * <p>The scan follows jsoup 1.16.1's tokeniser wherever it decides where markup is: comments, CDATA,
 * bogus comments and doctypes, tags and their quoted or unquoted attribute values (a {@code >} inside
 * quotes does not end a tag), self-closing tags, the raw text of {@code <style>}, {@code <iframe>},
 * {@code <noscript>}, {@code <xmp>}, {@code <noembed>}, {@code <noframes>}, the escapable raw text of
 * {@code <title>} and {@code <textarea>}, and the script states with their {@code <!--} escapes (a
 * {@code </script>} written inside {@code <!-- <script> ... -->} does not end the script). End tags
 * match case-insensitively. So the parsed tree is the one the page gives, with empty scripts and
 * styles. Where the scan cannot be sure it stops emptying and keeps the rest as written: an
 * unterminated script or raw-text element, {@code <plaintext>}, an odd tag name for a raw-text element,
 * a NUL character; after a {@code <select>} (where jsoup ignores a {@code <style>} tag) styles are
 * kept; a page with a {@code <frameset>} is returned unchanged. Stateless.
 */
final class ScriptStripper {
    /** Elements whose content the tokeniser reads as raw text up to their end tag. */
    private static final Set<String> RAW_TEXT = Set.of("style", "xmp", "iframe", "noembed", "noframes", "noscript");
    /** Elements whose content is escapable raw text (character references decoded, no tags). */
    private static final Set<String> RCDATA = Set.of("title", "textarea");

    /** Start tags that close an open select. */
    private static final Set<String> SELECT_CLOSERS = Set.of("input", "keygen", "textarea");
    /** Start tags that close an open select when it sits in a table. */
    private static final Set<String> TABLE_PARTS = Set.of("caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th");

    private ScriptStripper() {
    }

    /** The page with script and style bodies emptied; the page itself when there is nothing to empty. */
    static String strip(String html) {
        if (html.indexOf('\0') >= 0) {
            return html; // NUL is replaced in some tokeniser states and not in others: not worth following
        }
        int n = html.length();
        char[] a = html.toCharArray(); // read by index throughout: cheaper than charAt
        char[] out = null; // the stripped page so far, out[0, written), when something was stripped
        int written = 0;
        int copied = 0; // html[0, copied) is in out (when out exists)
        int templates = 0; // open templates, as far as end tags tell
        boolean inSelect = false; // jsoup ignores style, iframe and the like in a select
        boolean inNoscript = false; // nothing is emptied in a noscript: jsoup reads it one way in the head, another in the body
        int pos = 0;
        while (pos < n) {
            int lt = html.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = a[lt + 1];
            if (c == '!') {
                pos = markupDeclarationEnd(html, a, lt + 2);
            } else if (c == '/') {
                int p = lt + 2;
                if (p >= n) {
                    break;
                }
                char d = a[p];
                if (asciiAlpha(d)) {
                    Tag end = tag(html, a, p);
                    if (end == null) {
                        break;
                    }
                    pos = end.end;
                    if ("template".equals(end.normalName)) {
                        templates = Math.max(0, templates - 1);
                    } else if ("select".equals(end.normalName)) {
                        inSelect = false;
                    } else if ("noscript".equals(end.normalName)) {
                        inNoscript = false;
                    }
                } else if (d == '>') {
                    pos = p + 1;
                } else {
                    pos = to(html, '>', p);
                }
            } else if (c == '?') {
                pos = to(html, '>', lt + 1);
            } else if (asciiAlpha(c)) {
                Tag start = tag(html, a, lt + 1);
                if (start == null) {
                    break;
                }
                pos = start.end;
                if (start.normalName == null) {
                    continue; // most tags: nothing to do
                }
                String name = start.normalName;
                if (name.equals("frameset")) {
                    return html;
                }
                if (inSelect && TABLE_PARTS.contains(name)) {
                    break; // these close a select only when it sits in a table
                }
                if (inSelect && (name.equals("select") || SELECT_CLOSERS.contains(name))) {
                    inSelect = false; // jsoup closes the select (a select in a select only closes it)
                    if (name.equals("select")) {
                        continue;
                    }
                } else if (name.equals("select")) {
                    inSelect = !start.selfClosing;
                    continue;
                }
                if (inSelect && name.equals("template")) {
                    break; // a template in a select reads its content as body markup again
                }
                if (name.equals("template") && !start.selfClosing) {
                    templates++;
                } else if (name.equals("col") && templates > 0) {
                    break; // a column group in a template ignores script and style tags
                }
                if (name.equals("noscript") && !start.selfClosing) {
                    if (inNoscript || !start.plainName) {
                        break; // nested: jsoup ignores it in the head, nests it in the body
                    }
                    inNoscript = true;
                    continue;
                }
                boolean special = name.equals("script") || RAW_TEXT.contains(name) || RCDATA.contains(name) || name.equals("plaintext");
                if (!special || inSelect && !name.equals("script")) {
                    continue; // in a select jsoup ignores these tags: what follows is markup
                }
                if (!start.plainName || name.equals("plaintext")) {
                    break; // jsoup would wait for an end tag spelled like this odd name, or read the rest as text
                }
                if (start.selfClosing) {
                    continue; // jsoup closes it at once: no raw content follows
                }
                int contentEnd = name.equals("script") ? scriptEnd(html, a, pos)
                        : rawTextEnd(html, a, pos, name, RCDATA.contains(name));
                if (contentEnd < 0) {
                    break; // runs to the end of the page: keep it as written
                }
                if (inNoscript && !name.equals("style") && !name.equals("noframes") && html.indexOf('<', pos) < contentEnd) {
                    // in the head jsoup reads a noscript's content as markup (only style and noframes stay raw text),
                    // so markup in this element's text could end or hide the noscript elsewhere
                    break;
                }
                boolean empty = !inNoscript && !inSelect && (name.equals("script") ? !start.mayBeJson(html, lt) : name.equals("style"));
                if (empty && contentEnd > pos) {
                    if (out == null) {
                        out = new char[n];
                    }
                    System.arraycopy(a, copied, out, written, pos - copied);
                    written += pos - copied;
                    copied = contentEnd;
                }
                pos = contentEnd;
                continue;
            } else {
                pos = lt + 1; // a '<' that opens nothing is text
                continue;
            }
            if (pos < 0) {
                break;
            }
        }
        if (out == null) {
            return html;
        }
        System.arraycopy(a, copied, out, written, n - copied);
        return new String(out, 0, written + n - copied);
    }

    /** A tag as the tokeniser reads it: where it ends (after its '>', or at a '<' that cuts it short). */
    private record Tag(String normalName, boolean plainName, int end, boolean selfClosing) {

        /** Whether the start tag at {@code lt} may make this script JSON: it says "json" or holds a character reference. */
        boolean mayBeJson(String html, int lt) {
            for (int i = lt; i < end; i++) {
                if (html.charAt(i) == '&' || html.regionMatches(true, i, "json", 0, 4)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Reads the tag whose name starts at {@code p} (just after {@code <} or {@code </}) through its
     * attributes; null when the page ends inside it (the tokeniser then drops it).
     */
    private static Tag tag(String html, char[] a, int p) {
        int n = html.length();
        int i = p;
        while (i < n && !isTagNameEnd(a[i])) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        String normal = watchedName(html, a, p, i);
        boolean plainName = normal != null && plain(html, a, p, i);
        char c = a[i];
        if (c == '<') {
            return new Tag(normal, plainName, i, false);
        }
        if (c == '>') {
            return new Tag(normal, plainName, i + 1, false);
        }
        i++; // whitespace or '/'
        int state = c == '/' ? SELF_CLOSING : BEFORE_NAME;
        while (true) {
            if (i >= n) {
                return null;
            }
            c = a[i];
            switch (state) {
                case BEFORE_NAME -> {
                    if (isSpace(c)) {
                        i++;
                    } else if (c == '/') {
                        i++;
                        state = SELF_CLOSING;
                    } else if (c == '<') {
                        return new Tag(normal, plainName, i, false);
                    } else if (c == '>') {
                        return new Tag(normal, plainName, i + 1, false);
                    } else {
                        i++; // the first character of a name, quotes and '=' included
                        state = NAME;
                    }
                }
                case NAME -> {
                    i++;
                    if (isSpace(c)) {
                        state = AFTER_NAME;
                    } else if (c == '/') {
                        state = SELF_CLOSING;
                    } else if (c == '=') {
                        state = BEFORE_VALUE;
                    } else if (c == '>') {
                        return new Tag(normal, plainName, i, false);
                    }
                }
                case AFTER_NAME -> {
                    if (isSpace(c)) {
                        i++;
                    } else if (c == '/') {
                        i++;
                        state = SELF_CLOSING;
                    } else if (c == '=') {
                        i++;
                        state = BEFORE_VALUE;
                    } else if (c == '>') {
                        return new Tag(normal, plainName, i + 1, false);
                    } else {
                        i++;
                        state = NAME;
                    }
                }
                case BEFORE_VALUE -> {
                    if (isSpace(c)) {
                        i++;
                    } else if (c == '"' || c == '\'') {
                        int close = html.indexOf(c, i + 1);
                        if (close < 0) {
                            return null;
                        }
                        i = close + 1;
                        state = AFTER_QUOTED;
                    } else if (c == '>') {
                        return new Tag(normal, plainName, i + 1, false);
                    } else {
                        i++;
                        state = UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    i++;
                    if (isSpace(c)) {
                        state = BEFORE_NAME;
                    } else if (c == '>') {
                        return new Tag(normal, plainName, i, false);
                    }
                }
                case AFTER_QUOTED -> {
                    if (isSpace(c)) {
                        i++;
                        state = BEFORE_NAME;
                    } else if (c == '/') {
                        i++;
                        state = SELF_CLOSING;
                    } else if (c == '>') {
                        return new Tag(normal, plainName, i + 1, false);
                    } else {
                        state = BEFORE_NAME; // read again as the start of the next attribute
                    }
                }
                case SELF_CLOSING -> {
                    if (c == '>') {
                        return new Tag(normal, plainName, i + 1, true);
                    }
                    state = BEFORE_NAME; // read again
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    /**
     * The tag names the scan acts on, and those that only matter inside a select; the normal name of a
     * tag (its name trimmed and lower-cased, as jsoup compares it) is looked up among them without building it.
     */
    private static final String[] WATCHED = {"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title",
        "textarea", "plaintext", "frameset", "select", "template", "col", "input", "keygen", "caption", "table", "tbody", "tfoot",
        "thead", "tr", "td", "th"};

    private static final String[][] WATCHED_BY_LENGTH = new String[10][];

    static {
        for (int length = 0; length < WATCHED_BY_LENGTH.length; length++) {
            int l = length;
            WATCHED_BY_LENGTH[length] = java.util.Arrays.stream(WATCHED).filter(w -> w.length() == l).toArray(String[]::new);
        }
    }

    /**
     * The watched name that {@code html[from, to)} is, as jsoup normalises it (trimmed of control characters
     * and spaces, lower case); null for any other name. A name with other than ASCII characters is never
     * one: lower-casing them gives no ASCII letter these names hold.
     */
    private static String watchedName(String html, char[] a, int from, int to) {
        int end = to;
        while (end > from && a[end - 1] <= ' ') {
            end--;
        }
        int length = end - from;
        if (length < 2 || length > 9) {
            return null;
        }
        char first = a[from];
        first = first >= 'A' && first <= 'Z' ? (char) (first + 32) : first;
        for (String name : WATCHED_BY_LENGTH[length]) {
            if (name.charAt(0) != first) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < length && same; k++) {
                char c = a[from + k];
                same = (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == name.charAt(k);
            }
            if (same) {
                return name;
            }
        }
        return null;
    }

    /** Whether {@code html[from, to)} is all ASCII letters. */
    private static boolean plain(String html, char[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!asciiAlpha(a[k])) {
                return false;
            }
        }
        return true;
    }

    private static final int BEFORE_NAME = 0;
    private static final int NAME = 1;
    private static final int AFTER_NAME = 2;
    private static final int BEFORE_VALUE = 3;
    private static final int UNQUOTED = 4;
    private static final int AFTER_QUOTED = 5;
    private static final int SELF_CLOSING = 6;

    /** Where a {@code <!} construct that starts at {@code p} (after {@code <!}) ends; -1 when it runs to the end. */
    private static int markupDeclarationEnd(String html, char[] a, int p) {
        int n = html.length();
        if (html.startsWith("--", p)) {
            int body = p + 2;
            if (body < n && a[body] == '>') {
                return body + 1; // <!-->
            }
            if (body + 1 < n && a[body] == '-' && a[body + 1] == '>') {
                return body + 2; // <!--->
            }
            int end = html.indexOf("--", body);
            while (end >= 0) {
                // after "--" the comment ends at '>', at "!>", and carries on over more dashes
                int q = end + 2;
                while (q < n && a[q] == '-') {
                    q++;
                }
                if (q < n && a[q] == '>') {
                    return q + 1;
                }
                if (q + 1 < n && a[q] == '!' && a[q + 1] == '>') {
                    return q + 2;
                }
                end = html.indexOf("--", q);
            }
            return -1;
        }
        if (html.startsWith("[CDATA[", p)) {
            int end = html.indexOf("]]>", p + 7);
            return end < 0 ? -1 : end + 3;
        }
        return to(html, '>', p); // a doctype or a bogus comment
    }

    /** The position after the next {@code c} from {@code p}; -1 when there is none. */
    private static int to(String html, char c, int p) {
        int i = html.indexOf(c, p);
        return i < 0 ? -1 : i + 1;
    }

    /**
     * Where the raw text (or, for {@code rcdata}, escapable raw text) of element {@code name} that starts
     * at {@code p} ends: the {@code <} of its end tag; -1 when the page ends first.
     */
    private static int rawTextEnd(String html, char[] a, int p, String name, boolean rcdata) {
        int n = html.length();
        int pos = p;
        while (true) {
            int lt = html.indexOf("</", pos);
            if (lt < 0) {
                return -1;
            }
            int letters = lt + 2;
            if (letters >= n || !asciiAlpha(a[letters])) {
                pos = lt + 2;
                continue;
            }
            // escapable raw text reads the rest of the name only when its second character is an ASCII letter too
            int after = !rcdata || letters + 1 < n && asciiAlpha(a[letters + 1]) ? letterSequenceEnd(html, a, letters) : letters + 1;
            if (after - letters == name.length() && html.regionMatches(true, letters, name, 0, name.length())) {
                if (after >= n) {
                    return -1;
                }
                if (isEndTagDelimiter(a[after])) {
                    return rcdata && holdsTagStart(html, a, p, lt) ? -1 : lt;
                }
                // a script or raw-text tokeniser keeps that character as text; escapable raw text reads it again
                pos = rcdata ? after : after + 1;
            } else {
                pos = after;
            }
        }
    }

    /**
     * Whether {@code html[from, to)} holds a {@code <} before an ASCII letter: in a title or text area jsoup
     * may end the element there (when it finds no end tag written in one case ahead), so the scan stops.
     */
    private static boolean holdsTagStart(String html, char[] a, int from, int to) {
        for (int i = html.indexOf('<', from); i >= 0 && i + 1 < to; i = html.indexOf('<', i + 1)) {
            if (asciiAlpha(a[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static final int S_DATA = 0;
    private static final int S_ESCAPED = 1;
    private static final int S_ESCAPED_DASH = 2;
    private static final int S_ESCAPED_DASH_DASH = 3;
    private static final int S_ESCAPED_LT = 4;
    private static final int S_DOUBLE = 5;
    private static final int S_DOUBLE_DASH = 6;
    private static final int S_DOUBLE_DASH_DASH = 7;
    private static final int S_DOUBLE_LT = 8;

    /**
     * Where the script that starts at {@code p} ends (the {@code <} of its end tag), following the
     * tokeniser's script states; -1 when the page ends first.
     */
    private static int scriptEnd(String html, char[] a, int p) {
        int n = html.length();
        int pos = p;
        int state = S_DATA;
        while (true) {
            if (state == S_DATA) {
                int lt = html.indexOf('<', pos);
                if (lt < 0 || lt + 1 >= n) {
                    return -1;
                }
                char c = a[lt + 1];
                if (c == '/') {
                    int letters = lt + 2;
                    if (letters < n && asciiAlpha(a[letters])) {
                        int after = letterSequenceEnd(html, a, letters);
                        if ((after - letters == 6 && html.regionMatches(true, letters, "script", 0, 6))) {
                            if (after >= n) {
                                return -1;
                            }
                            if (isEndTagDelimiter(a[after])) {
                                return lt;
                            }
                            pos = after + 1;
                        } else {
                            pos = after;
                        }
                    } else {
                        pos = letters;
                    }
                } else if (c == '!') {
                    pos = lt + 2;
                    if (pos < n && a[pos] == '-') {
                        pos++;
                        if (pos < n && a[pos] == '-') {
                            pos++;
                            state = S_ESCAPED_DASH_DASH;
                        }
                    }
                } else {
                    pos = lt + 1;
                }
                continue;
            }
            if (pos >= n) {
                return -1;
            }
            char c = a[pos];
            switch (state) {
                case S_ESCAPED -> {
                    pos++;
                    state = c == '-' ? S_ESCAPED_DASH : c == '<' ? S_ESCAPED_LT : S_ESCAPED;
                }
                case S_ESCAPED_DASH -> {
                    pos++;
                    state = c == '-' ? S_ESCAPED_DASH_DASH : c == '<' ? S_ESCAPED_LT : S_ESCAPED;
                }
                case S_ESCAPED_DASH_DASH -> {
                    pos++;
                    state = c == '-' ? S_ESCAPED_DASH_DASH : c == '<' ? S_ESCAPED_LT : c == '>' ? S_DATA : S_ESCAPED;
                }
                case S_ESCAPED_LT -> {
                    // pos is just after the '<'
                    if (asciiAlpha(c)) {
                        // "<script" followed by a space, '/' or '>' starts the double-escaped state
                        int after = letterSequenceEnd(html, a, pos + 1);
                        boolean script = after - pos == 6 && html.startsWith("script", pos);
                        if (after >= n) {
                            return -1;
                        }
                        char d = a[after];
                        if (isEndTagDelimiter(d)) {
                            pos = after + 1;
                            state = script ? S_DOUBLE : S_ESCAPED;
                        } else {
                            pos = after;
                            state = S_ESCAPED;
                        }
                    } else if (c == '/') {
                        int letters = pos + 1;
                        if (letters < n && asciiAlpha(a[letters])) {
                            int after = letterSequenceEnd(html, a, letters);
                            if ((after - letters == 6 && html.regionMatches(true, letters, "script", 0, 6))) {
                                if (after >= n) {
                                    return -1;
                                }
                                if (isEndTagDelimiter(a[after])) {
                                    return pos - 1;
                                }
                                pos = after + 1;
                            } else {
                                pos = after;
                            }
                        } else {
                            pos = letters;
                        }
                        state = S_ESCAPED;
                    } else {
                        state = S_ESCAPED;
                    }
                }
                case S_DOUBLE -> {
                    pos++;
                    state = c == '-' ? S_DOUBLE_DASH : c == '<' ? S_DOUBLE_LT : S_DOUBLE;
                }
                case S_DOUBLE_DASH -> {
                    pos++;
                    state = c == '-' ? S_DOUBLE_DASH_DASH : c == '<' ? S_DOUBLE_LT : S_DOUBLE;
                }
                case S_DOUBLE_DASH_DASH -> {
                    pos++;
                    state = c == '-' ? S_DOUBLE_DASH_DASH : c == '<' ? S_DOUBLE_LT : c == '>' ? S_DATA : S_DOUBLE;
                }
                case S_DOUBLE_LT -> {
                    // pos is just after the '<'
                    if (c != '/') {
                        state = S_DOUBLE;
                        continue;
                    }
                    int letters = pos + 1;
                    int after = letterSequenceEnd(html, a, letters);
                    boolean script = after - letters == 6 && html.startsWith("script", letters);
                    if (after >= n) {
                        return -1;
                    }
                    char d = a[after];
                    if (isEndTagDelimiter(d)) {
                        pos = after + 1;
                        state = script ? S_ESCAPED : S_DOUBLE;
                    } else {
                        pos = after;
                        state = S_DOUBLE;
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    /** The end of the run of letters (ASCII or any Unicode letter, as the tokeniser reads them) from {@code p}. */
    private static int letterSequenceEnd(String html, char[] a, int p) {
        int i = p;
        while (i < html.length()) {
            char c = a[i];
            if (!(asciiAlpha(c) || Character.isLetter(c))) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean asciiAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ';
    }

    private static boolean isTagNameEnd(char c) {
        return isSpace(c) || c == '/' || c == '<' || c == '>';
    }

    private static boolean isEndTagDelimiter(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }
}
