package org.argus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements that page metadata is read from, gathered in one walk over the parsed page: the
 * {@code <meta>}, {@code <script>}, {@code <link>}, {@code <h1>} and {@code <time>} elements and those
 * carrying an {@code itemprop}, {@code rel} or {@code class} attribute, each list in document order.
 * A selector whose every match is in one of these lists is answered by testing the list's elements
 * ({@link #select}, {@link #selectFirst}) with the selector's own evaluator, which gives what
 * {@code page.select(css)} gives without walking the whole tree once per selector. A snapshot of
 * the page as parsed, before the body is cleaned.
 */
final class PageIndex {
    final List<Element> metas = new ArrayList<>();
    final List<Element> scripts = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    /** Elements with an {@code itemprop} or a {@code rel} attribute. */
    final List<Element> itempropOrRel = new ArrayList<>();
    /** Elements with a {@code class} attribute. */
    final List<Element> classed = new ArrayList<>();
    /** Elements with an {@code itemprop} attribute. */
    final List<Element> itemprop = new ArrayList<>();
    /** Elements of the body (itself included) that the body predicate given to the constructor accepts, in document order. */
    final List<Element> bodyMatches = new ArrayList<>();
    private final Document page;
    /** Deepest node below the document root. */
    private int maxDepth;

    PageIndex(Document page) {
        this(page, e -> false);
    }

    /** Indexes the page and gathers the elements of its body that {@code inBody} accepts ({@link #bodyMatches}). */
    PageIndex(Document page, Predicate<Element> inBody) {
        this.page = page;
        Element body = page.body();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inside;

            @Override
            public void head(Node node, int depth) {
                if (node == body) {
                    inside = true;
                }
                if (inside && node instanceof Element e && inBody.test(e)) {
                    bodyMatches.add(e);
                }
                visit(node, depth);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) {
                    inside = false;
                }
            }
        }, page);
    }

    private void visit(Node node, int depth) {
        {
            maxDepth = Math.max(maxDepth, depth);
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> metas.add(e);
                case "script" -> scripts.add(e);
                case "link" -> links.add(e);
                case "h1" -> h1s.add(e);
                case "time" -> times.add(e);
                default -> {
                }
            }
            if (e.attributesSize() > 0) {
                boolean hasItemprop = e.hasAttr("itemprop");
                if (hasItemprop) {
                    itemprop.add(e);
                }
                if (hasItemprop || e.hasAttr("rel")) {
                    itempropOrRel.add(e);
                }
                if (e.hasAttr("class")) {
                    classed.add(e);
                }
            }
        }
    }

    /** Whether some node lies deeper than {@code depth} below the document root. */
    boolean deeperThan(int depth) {
        return maxDepth > depth;
    }

    /** A compiled selector, for {@link #select} and {@link #selectFirst}. */
    static Evaluator selector(String css) {
        return QueryParser.parse(css);
    }

    /** What {@code page.select(css)} gives, when {@code candidates} hold every element the selector can match. */
    Elements select(List<Element> candidates, Evaluator selector) {
        Elements out = new Elements();
        for (Element e : candidates) {
            if (selector.matches(page, e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** What {@code page.selectFirst(css)} gives, when {@code candidates} hold every element the selector can match. */
    Element selectFirst(List<Element> candidates, Evaluator selector) {
        for (Element e : candidates) {
            if (selector.matches(page, e)) {
                return e;
            }
        }
        return null;
    }
}
