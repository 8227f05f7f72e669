package org.argus.quotes.draft;

import org.argus.model.Span;

/**
 * A quoted span: the opening mark at {@code open}, the closing one at {@code close} (-1 when the
 * quotation is not closed), the words between them without surrounding blanks, and the index of the
 * paragraph it opens in.
 */
public record Marked(int open, int close, Span content, int paragraph) {
    /** The offset just after the closing mark, or the end of the content when unclosed. */
    public int end() {
        return close >= 0 ? close + 1 : content.end();
    }

    /** The marks and the words between them. */
    public Span whole() {
        return new Span(open, end());
    }

    /** Whether the quoted words start in lower case: a piece of a sentence ("wants to "take the country back""). */
    public boolean fragment(String text) {
        String c = content.of(text).strip();
        return !c.isEmpty() && Character.isLowerCase(c.charAt(0));
    }
}
