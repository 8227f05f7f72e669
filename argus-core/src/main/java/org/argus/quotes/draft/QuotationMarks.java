package org.argus.quotes.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.grammar.Paragraphs;
import org.argus.model.Span;

/**
 * Finds the quoted spans of a text. Straight ({@code "}) and curly marks, mixed freely; a straight
 * mark opens a quotation when it follows a space, a paragraph start or an opening bracket or dash. A
 * paragraph that opens a quotation without closing it continues into the next paragraph when that one
 * starts with an opening mark (the news convention for quotes over several paragraphs), for at most
 * {@value #MAX_PARAGRAPHS} paragraphs and never into a new speaker's turn ("PENCE: ..."); otherwise the
 * quotation ends with its paragraph, so an unbalanced mark never swallows the text. Stateless.
 */
public final class QuotationMarks {
    /** Most paragraphs one quotation runs over. */
    public static final int MAX_PARAGRAPHS = 3;
    /** A transcript turn's label in capitals at the head of a line or quotation: "WALLACE: ", "Q: ". */
    private static final Pattern TURN_LABEL = Pattern.compile(
            "[ \\t]*(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*(?: \\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*){0,3}):[ \\t]+\\S");

    private QuotationMarks() {
    }

    /** Every quoted span of {@code text}, whose paragraphs are {@code paras}, in order. */
    public static List<Marked> find(String text, List<Span> paras) {
        List<Marked> out = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            int pos = paras.get(p).start();
            while (pos < paras.get(p).end()) {
                if (!isOpening(text, pos)) {
                    pos++;
                    continue;
                }
                int open = pos;
                int cur = p;
                int j = pos + 1;
                int close = -1;
                int end;
                while (true) {
                    if (j >= paras.get(cur).end()) {
                        if (cur - p + 1 < MAX_PARAGRAPHS && cur + 1 < paras.size()
                                && isOpening(text, paras.get(cur + 1).start()) && !opensATurn(text, paras.get(cur + 1).start() + 1)) {
                            cur++;
                            j = paras.get(cur).start() + 1;
                            continue;
                        }
                        end = paras.get(cur).end();
                        break;
                    }
                    char c = text.charAt(j);
                    if (c == '\u201C' || c == '\u201E') {
                        // a second opening mark before any closing one: the first quote is unbalanced
                        end = j;
                        break;
                    }
                    if (isClosing(c)) {
                        close = j;
                        end = j;
                        break;
                    }
                    j++;
                }
                Span content = Paragraphs.trim(text, open + 1, end);
                if (content.length() > 0) {
                    out.add(new Marked(open, close, content, p));
                }
                if (cur != p) {
                    p = cur;
                }
                pos = close >= 0 ? close + 1 : end;
                if (close < 0 && end < paras.get(p).end() && text.charAt(end) == '\u201C') {
                    pos = end;
                }
            }
        }
        return out;
    }

    /** Whether the character at {@code i} opens a quotation. */
    static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
            return true;
        }
        if (c == '\u201D') {
            // a closing mark that opens a paragraph and a word is one typed the wrong way round, as
            // scraped and pasted text has them: ”We will stay,” she said.
            int line = i;
            while (line > 0 && text.charAt(line - 1) != '\n' && Character.isWhitespace(text.charAt(line - 1))) {
                line--;
            }
            return (line == 0 || text.charAt(line - 1) == '\n') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        }
        if (c != '"') {
            return false;
        }
        char before = i == 0 ? '\n' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        return (Character.isWhitespace(before) || "([{\u2014\u2013-/".indexOf(before) >= 0) && !Character.isWhitespace(after);
    }

    static boolean isClosing(char c) {
        return c == '\u201D' || c == '"' || c == '\u00BB' || c == '\u201F';
    }

    /** Whether a new speaker's turn in capitals ("PENCE: ...") starts at {@code at}: a quotation never runs into it. */
    public static boolean opensATurn(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        Matcher m = TURN_LABEL.matcher(text).region(at, text.length());
        return m.lookingAt() && !m.group(1).equals("I");
    }
}
