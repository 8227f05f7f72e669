package org.argus.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The paragraph text under every element of a subtree, measured in one walk: for an element, the summed
 * {@link Element#text()} length of the {@code <p>} elements in it (itself included, nested ones counted
 * again), as {@code e.select("p")} would give. The extractor weighs candidate containers by it many
 * times per page, which cost a selector search and the text of every paragraph each time. A snapshot:
 * valid until the tree changes. Elements outside the subtree are measured directly.
 */
final class ParagraphText {
    private final Map<Element, Integer> sums = new IdentityHashMap<>();
    private final List<Element> paragraphs = new ArrayList<>();
    private final Map<Element, String> texts = new IdentityHashMap<>();
    private final List<Element> matched = new ArrayList<>();
    private final Element root;

    ParagraphText(Element root) {
        this(root, null);
    }

    /**
     * Measures the subtree of {@code root} and, in the same walk, gathers the elements {@code wanted}
     * matches ({@link #matched()}, what {@code root.select} with that selector gives); null for none.
     */
    ParagraphText(Element root, Evaluator wanted) {
        this.root = root;
        int[][] stack = {new int[64]};
        int[] top = {-1};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                if (++top[0] == stack[0].length) {
                    stack[0] = java.util.Arrays.copyOf(stack[0], stack[0].length * 2);
                }
                stack[0][top[0]] = 0;
                if (wanted != null && wanted.matches(root, e)) {
                    matched.add(e);
                }
                if (e.normalName().equals("p")) {
                    String text = e.text();
                    paragraphs.add(e);
                    texts.put(e, text);
                    stack[0][top[0]] = text.length();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                int sum = stack[0][top[0]--];
                if (sum > 0) {
                    sums.put(e, sum); // most elements hold no paragraph: left out, they read as 0 below
                }
                if (top[0] >= 0) {
                    stack[0][top[0]] += sum;
                }
            }
        }, root);
    }

    /** The paragraph text of {@code e}, in characters. */
    int of(Element e) {
        Integer sum = sums.get(e);
        if (sum != null) {
            return sum;
        }
        for (Element a = e; a != null; a = a.parent()) {
            if (a == root) {
                return 0; // in the subtree, without paragraphs
            }
        }
        return measure(e);
    }

    /** The elements the selector given to the constructor matched, in document order. */
    List<Element> matched() {
        return matched;
    }

    /** The {@code <p>} elements of the subtree, in document order. */
    List<Element> paragraphs() {
        return paragraphs;
    }

    /** The {@link Element#text()} of one of {@link #paragraphs()}. */
    String text(Element paragraph) {
        return texts.get(paragraph);
    }

    private static int measure(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }
}
