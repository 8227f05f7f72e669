package org.argus.quotes;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Span;

/**
 * Finds the spans inside double quotation marks, straight or curly, paragraph by paragraph. A quote
 * left open at the end of a paragraph ends there (news continues a long quote in the next paragraph
 * with a fresh opening mark), so an unbalanced mark never swallows more than its paragraph.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** Content spans (marks excluded) of the double-quoted passages of {@code text}. */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (open >= 0 && i - open > 1) {
                    out.add(trim(text, open, i));
                }
                open = -1;
                continue;
            }
            boolean opening = c == '\u201C' || c == '"' && open < 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            boolean closing = c == '\u201D' || c == '"' && open >= 0;
            if (open < 0 && opening) {
                open = i + 1;
            } else if (open >= 0 && closing) {
                if (i > open) {
                    out.add(trim(text, open, i));
                }
                open = -1;
            } else if (open >= 0 && c == '\u201C') {
                // a second opening mark before a close: the first was unbalanced
                open = i + 1;
            }
        }
        if (open >= 0 && open < text.length()) {
            out.add(trim(text, open, text.length()));
        }
        out.removeIf(s -> s.length() == 0);
        return out;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
