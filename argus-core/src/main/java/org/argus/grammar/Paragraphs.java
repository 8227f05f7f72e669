package org.argus.grammar;

import java.util.ArrayList;
import java.util.List;
import org.argus.model.Span;

/**
 * The paragraphs of a text: maximal runs of characters between newlines that are not blank, without
 * their surrounding blanks. News text puts one paragraph a line. Stateless.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /** The paragraphs of {@code text} as [start, end) spans, in order. */
    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            Span kept = trim(text, i, end);
            if (kept.length() > 0) {
                out.add(kept);
            }
            i = end + 1;
        }
        return out;
    }

    /** The paragraph of {@code paragraphs} holding {@code offset}, else the whole text [0, {@code length}). */
    public static Span at(List<Span> paragraphs, int offset, int length) {
        for (Span p : paragraphs) {
            if (p.start() <= offset && offset < p.end()) {
                return p;
            }
        }
        return new Span(0, length);
    }

    /** [s, e) of {@code text} without blanks at either end (empty at the first non-blank when all blank). */
    public static Span trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
