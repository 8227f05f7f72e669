package org.argus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.argus.pipeline.Deadline;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The body blocks of a content container (paragraphs, headings followed by text, prose list items,
 * block quotes, data-table rows), and an element's text as lines. Stateless.
 */
final class Blocks {
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre, tr";
    private static final Pattern BYLINE_OR_DATE = Pattern.compile(
            "(?i)^(by\\b|updated\\b|published\\b|posted\\b|last updated\\b|written by\\b|reporting by\\b|editing by\\b)"
                    + "|^\\W*(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");

    private Blocks() {
    }

    /** The body blocks of the container: paragraphs, headings followed by text, prose list items, quotes. */
    static List<String> of(Element container, String title, List<String> captions, Deadline deadline) {
        List<String> out = new ArrayList<>();
        List<Boolean> heading = new ArrayList<>();
        int seen = 0;
        for (Element block : container.select(BLOCKS)) {
            if ((++seen & 63) == 0) {
                deadline.check();
            }
            if (insideOtherBlock(block, container)) {
                continue;
            }
            String tag = block.normalName();
            if (tag.equals("tr")) {
                String row = tableRow(block);
                if (row != null) {
                    out.add(row);
                    heading.add(false);
                }
                continue;
            }
            if (insideLink(block, container)) {
                continue; // a headline or summary wrapped in a link: a teaser card for another story
            }
            String t = CleanText.clean(block.text());
            if (t.isEmpty() || (title != null && t.equalsIgnoreCase(title))) {
                continue;
            }
            boolean isHeading = tag.equals("h2") || tag.equals("h3") || tag.equals("h4");
            if (Clutter.isCaptionOrCredit(t) && !Clutter.isBodyParagraph(t)) {
                Captions.add(captions, t);
                continue;
            }
            if (Clutter.isClutter(t) || mostlyLink(block, t)) {
                continue;
            }
            if (tag.equals("li") && !Clutter.isBodyParagraph(t) && !proseListItem(block, t)) {
                continue;
            }
            if (!isHeading && !Clutter.endsSentence(t) && Clutter.words(t) <= 12 && BYLINE_OR_DATE.matcher(t).find()) {
                continue;
            }
            out.add(t);
            heading.add(isHeading);
        }
        // a heading is kept only when text follows it
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            boolean textFollows = i + 1 < out.size() && !heading.get(i + 1);
            if (!heading.get(i) || textFollows) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /**
     * The cells of a data-table row, space-separated; null for a layout row (one holding paragraphs,
     * lists or another table) or an empty one.
     */
    static String tableRow(Element row) {
        if (row.selectFirst("p, li, blockquote, pre, table, h1, h2, h3, h4, div p") != null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Element cell : row.children()) {
            String c = CleanText.clean(cell.text());
            if (!c.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static boolean insideLink(Element block, Element container) {
        for (Element p = block.parent(); p != null && p != container; p = p.parent()) {
            if (p.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short list item that belongs to the prose: its list sits among the article's paragraphs (the
     * list's parent also holds paragraphs) and the item is not mostly a link.
     */
    static boolean proseListItem(Element item, String text) {
        Element list = item.parent();
        if (list == null || !(list.normalName().equals("ul") || list.normalName().equals("ol")) || list.parent() == null) {
            return false;
        }
        int paragraphs = 0;
        for (Element sibling : list.parent().children()) {
            if (sibling.normalName().equals("p") && Clutter.isBodyParagraph(CleanText.clean(sibling.text()))) {
                paragraphs++;
            }
        }
        return paragraphs >= 2 && !mostlyLink(item, text);
    }

    static boolean insideOtherBlock(Element block, Element container) {
        for (Element p = block.parent(); p != null && p != container; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("p") || tag.equals("li") || tag.equals("blockquote") || tag.equals("pre") || tag.equals("tr")) {
                return true;
            }
        }
        return false;
    }

    /** A short block that is mostly link text: a "read more" teaser rather than prose. */
    static boolean mostlyLink(Element block, String text) {
        if (Clutter.words(text) > 25) {
            return false;
        }
        int linked = 0;
        for (Element a : block.select("a")) {
            linked += CleanText.clean(a.text()).length();
        }
        return linked * 10 >= text.length() * 8;
    }

    /** The element's text with a line break at every block boundary and {@code <br>}. */
    static String textLines(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        }, root);
        return sb.toString();
    }
}
