package org.argus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is not the article from a page's body: scripts, forms, page regions and hidden
 * elements ({@code extract/removed-tags}, {@code extract/removed-roles}), elements whose class or id
 * names page furniture ({@code extract/furniture}, {@code extract/furniture-pairs}), and wrappers nested
 * too deep. The words are data (the word lists of {@link PageWords}). Immutable and thread-safe.
 */
final class Furniture {
    /** Deepest element nesting below {@code <body>} kept; deeper wrappers are unwrapped. */
    static final int MAX_DEPTH = 256;
    /** Text blocks that {@link #flattenDeepNesting} keeps however deep they sit. */
    private static final Set<String> KEPT_DEEP = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "br", "a");
    private static final Evaluator CAPTION_ELEMENTS = PageIndex.selector("figcaption, [class*=caption], [class*=credit], [itemprop=caption]");

    private final PageWords words;

    Furniture(PageWords words) {
        this.words = words;
    }

    /** Unwraps elements nested deeper than {@link #MAX_DEPTH}, except text blocks, keeping their content. */
    static void flattenDeepNesting(Element body) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > MAX_DEPTH && node instanceof Element e && !KEPT_DEEP.contains(e.normalName())) {
                tooDeep.add(e);
            }
        }, body);
        for (int i = tooDeep.size() - 1; i >= 0; i--) {
            tooDeep.get(i).unwrap();
        }
    }

    /**
     * Removes the {@code extract/removed-tags} elements, the page regions of the {@code extract/removed-roles} and elements
     * hidden by {@code hidden} or {@code aria-hidden=true}: one walk instead of a selector with twenty alternatives.
     */
    void removeNonContent(Element root) {
        List<Element> removed = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && nonContent(e)) {
                removed.add(e);
            }
        }, root);
        for (Element e : removed) {
            e.remove();
        }
    }

    boolean nonContent(Element e) {
        if (words.removedTags().contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || e.hasAttr("aria-hidden") && e.attr("aria-hidden").trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (e.hasAttr("role")) {
            String role = e.attr("role").trim();
            for (String r : words.removedRoles()) {
                if (r.equalsIgnoreCase(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes elements whose class or id names page furniture, unless they hold most of the page's text. */
    void removeFurniture(Element body, List<Element> captionCandidates, List<Element> figures) {
        ParagraphText paragraphText = new ParagraphText(body);
        int total = paragraphText.of(body);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                FilterResult result = e == body ? FilterResult.CONTINUE : furniture(e);
                if (result == FilterResult.CONTINUE) {
                    // what the walk keeps is what the caption search will see: gather its candidates now
                    if ((e.attributesSize() > 0 || e.normalName().equals("figcaption")) && CAPTION_ELEMENTS.matches(body, e)) {
                        captionCandidates.add(e);
                    }
                    if (e.normalName().equals("figure")) {
                        figures.add(e);
                    }
                }
                return result;
            }

            /** Whether class and id names name furniture, by the names: pages repeat the same few many times. */
            private final Map<String, Boolean> furnitureNames = new HashMap<>();

            private FilterResult furniture(Element e) {
                if (e.attributesSize() == 0) {
                    return FilterResult.CONTINUE; // no class, no id
                }
                String tag = e.normalName();
                if (tag.equals("article") || tag.equals("main") || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    return FilterResult.CONTINUE;
                }
                String names = e.className() + " " + e.id();
                if (names.isBlank() || !furnitureNames.computeIfAbsent(names, n -> namesFurniture(n) && !containsEmbed(n))) {
                    return FilterResult.CONTINUE;
                }
                int own = paragraphText.of(e);
                if (own >= 400 && own * 2 >= total) {
                    return FilterResult.CONTINUE; // a wrapper with a furniture-like name around the article itself
                }
                return FilterResult.REMOVE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /** Whether class and id names (space-separated) hold an {@code extract/furniture} word or {@code extract/furniture-pairs} pair. */
    boolean namesFurniture(String names) {
        String n = asciiLower(names);
        int end = n.length();
        // a line break ends the text as the end of the names does (the regex these words came from ended at "$")
        if (end > 0 && (n.charAt(end - 1) == '\u0085' || n.charAt(end - 1) == '\u2028' || n.charAt(end - 1) == '\u2029')) {
            end--;
        }
        int prevStart = -1;
        int prevEnd = -1;
        for (int i = 0; i < end; ) {
            if (isNameSeparator(n.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < end && !isNameSeparator(n.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = n.substring(i, wordEnd);
            if (words.furniture().contains(word)) {
                return true;
            }
            if (prevEnd >= 0 && i == prevEnd + 1 && n.charAt(prevEnd) == '-' && words.furniturePairs().contains(n.substring(prevStart, wordEnd))) {
                return true;
            }
            prevStart = i;
            prevEnd = wordEnd;
            i = wordEnd;
        }
        return false;
    }

    private static boolean isNameSeparator(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '_' || c == '-';
    }

    /** Class or id names of embedded posts and media ("social-embed"), kept even when they also name a furniture word. */
    private static boolean containsEmbed(String names) {
        return asciiLower(names).contains("embed");
    }

    /** Lower case for ASCII letters only, as a case-insensitive regex compares. */
    private static String asciiLower(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return c == null ? s : new String(c);
    }
}
