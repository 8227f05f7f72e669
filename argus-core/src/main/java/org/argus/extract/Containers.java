package org.argus.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

/**
 * Where a page's article sits: the content container of its paragraphs, or the element holding the
 * most loose text when the article is not written in paragraphs. Stateless.
 */
final class Containers {
    /** Least own text of an element taken as an article written without paragraph markup. */
    static final int MIN_LOOSE_TEXT = 400;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Evaluator SEMANTIC_CONTAINERS = PageIndex.selector("[itemprop=articleBody], article, main, [role=main]");

    private Containers() {
    }

    /**
     * The content container: the {@code articleBody}, {@code <article>} or {@code <main>} element with
     * the most paragraph text when it holds at least half of the page's; else the element whose own
     * paragraphs hold the most text (each paragraph also counts half for its grandparent). Null when
     * the page has no paragraph text.
     */
    static Element main(Element body) {
        ParagraphText paragraphText = new ParagraphText(body, SEMANTIC_CONTAINERS);
        int total = paragraphText.of(body);
        if (total == 0) {
            return null;
        }
        Element best = null;
        int bestScore = 0;
        for (Element candidate : paragraphText.matched()) {
            int score = paragraphText.of(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null && bestScore * 2 >= total) {
            // prefer the innermost semantic container that still holds nearly all of that text
            for (Element inner : best.select("[itemprop=articleBody], article")) {
                if (inner != best && paragraphText.of(inner) * 10 >= bestScore * 9) {
                    return inner;
                }
            }
            return best;
        }
        Map<Element, Integer> scores = new IdentityHashMap<>();
        for (Element p : paragraphText.paragraphs()) {
            int n = CleanText.clean(paragraphText.text(p)).length();
            if (n < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, n, Integer::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, n / 2, Integer::sum);
                }
            }
        }
        Element best2 = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
        // the article may be spread over sibling blocks: widen to the ancestor that holds most of the prose
        while (best2 != body && best2.parent() != null && paragraphText.of(best2) * 10 < total * 6) {
            best2 = best2.parent();
        }
        return best2;
    }

    /**
     * The element with the most loose text (text nodes and inline elements among its children, not
     * text inside child blocks), when that is at least {@value #MIN_LOOSE_TEXT} characters: an article
     * written as text and {@code <br>}s rather than paragraphs. Text that shares a parent with the
     * page's {@code <h1>} counts double, as article text follows its headline. Null when there is none.
     */
    static Element loose(Element body, Element h1) {
        Element headed = h1 == null ? null : h1.parent();
        Element best = null;
        int bestScore = 0;
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("p") || tag.equals("li") || tag.equals("blockquote") || tag.equals("pre") || HEADINGS.contains(tag)) {
                continue;
            }
            int loose = looseText(e);
            if (loose < MIN_LOOSE_TEXT) {
                continue;
            }
            int score = headed != null && (e == headed || e.parents().contains(headed)) ? 2 * loose : loose;
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether {@code e} holds the page's {@code <h1>}, or sits under the {@code <h1>}'s parent. */
    static boolean nearHeadline(Element e, Element body, Element h1) {
        if (e == null || h1 == null || h1.parent() == null) {
            return false;
        }
        return e == h1.parent() || e.parents().contains(h1.parent()) || h1.parents().contains(e) && e != body;
    }

    static int looseText(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += normalisedLength(t.getWholeText());
            } else if (child instanceof Element c && !c.isBlock() && !c.normalName().equals("a")) {
                n += c.text().length();
            }
        }
        return n;
    }

    /**
     * The length of {@code TextNode.text().strip()} for a text node of this whole text, without building
     * it: jsoup's normalisation (runs of space, tab, line breaks and no-break space become one space;
     * zero-width space and soft hyphen are dropped), then Java's strip of leading and trailing whitespace.
     */
    static int normalisedLength(String s) {
        int length = 0;
        int upToLastNonSpace = 0;
        boolean started = false;
        boolean lastWasWhite = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int out;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (lastWasWhite) {
                    continue;
                }
                lastWasWhite = true;
                out = ' ';
            } else if (c == '\u200B' || c == '\u00AD') {
                continue;
            } else {
                lastWasWhite = false;
                out = c;
            }
            boolean white = Character.isWhitespace(out);
            if (!started && white) {
                continue;
            }
            started = true;
            length += Character.charCount(out);
            if (!white) {
                upToLastNonSpace = length;
            }
        }
        return upToLastNonSpace;
    }
}
