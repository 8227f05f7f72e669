package org.argus.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The blocks around an article's {@code <h1>} that are not body: the kicker above it (a section
 * label such as "Libya") and the standfirst below it (the subtitle). Stateless.
 */
final class Headline {
    /** Class names CMSs give the subtitle under a headline. */
    private static final Pattern STANDFIRST_CLASS = Pattern.compile(
            "(?i)(standfirst|\\bdek\\b|subtitle|sub-title|subhead|strapline|summary|excerpt|lede|article-description)");
    private static final Set<String> KICKER_TAGS = Set.of("p", "div", "span", "a", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> STANDFIRST_TAGS = Set.of("p", "h2", "h3", "div");
    /** Most words of a standfirst. */
    static final int MAX_STANDFIRST_WORDS = 50;

    private Headline() {
    }

    /**
     * Removes the short blocks before the container's first {@code <h1>} among its siblings (kickers and
     * labels, never body paragraphs) and the standfirst right after it, and returns the standfirst's
     * text, or null. A standfirst is a short block that either carries a subtitle class name or does
     * not end like a sentence.
     */
    static String takeStandfirst(Element container) {
        Element h1 = container.selectFirst("h1");
        if (h1 == null) {
            return null;
        }
        for (Element before = h1.previousElementSibling(); before != null; ) {
            Element prev = before.previousElementSibling();
            String t = CleanText.clean(before.text());
            if (KICKER_TAGS.contains(before.normalName()) && !t.isEmpty() && Clutter.words(t) <= 6 && !Clutter.endsSentence(t)) {
                before.remove();
            }
            before = prev;
        }
        Element next = h1.nextElementSibling();
        if (next == null || !STANDFIRST_TAGS.contains(next.normalName())) {
            return null;
        }
        String t = CleanText.clean(next.text());
        int words = Clutter.words(t);
        if (t.isEmpty() || words < 4 || words > MAX_STANDFIRST_WORDS) {
            return null;
        }
        for (Element child : next.children()) {
            if (child.selectFirst("p, h1, h2, h3, figure, img, time") != null) {
                return null; // a wrapper of several things, not one subtitle
            }
        }
        boolean named = STANDFIRST_CLASS.matcher(next.className() + " " + next.id()).find();
        if (!named && (Clutter.endsSentence(t) || !next.normalName().equals("p") && !(next.normalName().equals("h2") || next.normalName().equals("h3")))) {
            return null;
        }
        next.remove();
        return t;
    }
}
