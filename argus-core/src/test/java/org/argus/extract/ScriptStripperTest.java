package org.argus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptStripperTest {
    /**
     * Why the tree from the stripped page differs from the page's own, or null when it does not: every
     * node the same, except that script and style bodies may be gone (JSON-LD scripts keep theirs).
     */
    static String treeDifference(String html) {
        Document original = Jsoup.parse(html);
        Document stripped = Jsoup.parse(ScriptStripper.strip(html));
        return difference(original, stripped, "");
    }

    private static String difference(Node a, Node b, String path) {
        if (a.getClass() != b.getClass()) {
            return path + ": " + a.nodeName() + " became " + b.nodeName();
        }
        if (a instanceof TextNode ta && !ta.getWholeText().equals(((TextNode) b).getWholeText())) {
            return path + ": text '" + ta.getWholeText() + "' became '" + ((TextNode) b).getWholeText() + "'";
        }
        if (a instanceof Comment ca && !ca.getData().equals(((Comment) b).getData())) {
            return path + ": comment changed";
        }
        if (a instanceof DataNode da && !da.getWholeData().equals(((DataNode) b).getWholeData())) {
            return path + ": data changed";
        }
        if (a instanceof Element ea) {
            Element eb = (Element) b;
            if (!ea.normalName().equals(eb.normalName()) || !ea.attributes().equals(eb.attributes())) {
                return path + ": element " + ea.normalName() + ea.attributes() + " became " + eb.normalName() + eb.attributes();
            }
            boolean emptiable = (ea.normalName().equals("script") || ea.normalName().equals("style"))
                    && ea.childNodeSize() == 1 && ea.childNode(0) instanceof DataNode;
            if (emptiable && eb.childNodeSize() == 0) {
                return null; // the body was emptied: the one difference allowed
            }
        }
        if (a.childNodeSize() != b.childNodeSize()) {
            return path + "/" + a.nodeName() + ": " + a.childNodeSize() + " children became " + b.childNodeSize();
        }
        for (int i = 0; i < a.childNodeSize(); i++) {
            String d = difference(a.childNode(i), b.childNode(i), path + "/" + a.nodeName() + "[" + i + "]");
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    @Test
    void scriptAndStyleBodiesAreEmptiedAndTheRestOfThePageIsKept() {
        String page = "<html><head><style>p { color: red }</style><script>var a = '<p>not text</p>';</script></head>"
                + "<body><p>Talks resumed on Monday.</p><script src=x.js></script><SCRIPT>if (a < b) go();</SCRIPT></body></html>";
        String stripped = ScriptStripper.strip(page);
        assertFalse(stripped.contains("color: red"), stripped);
        assertFalse(stripped.contains("not text"), stripped);
        assertFalse(stripped.contains("go()"), stripped);
        assertTrue(stripped.contains("<p>Talks resumed on Monday.</p>"), stripped);
        assertNull(treeDifference(page));
    }

    @Test
    void jsonLdKeepsItsBody() {
        String page = "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A </b> headline\"}</script>"
                + "<script>track();</script></head><body><p>Body.</p></body>";
        String stripped = ScriptStripper.strip(page);
        assertTrue(stripped.contains("\"headline\":\"A </b> headline\""), stripped);
        assertFalse(stripped.contains("track()"), stripped);
        assertNull(treeDifference(page));
    }

    @Test
    void aPageWithNothingToEmptyIsReturnedAsIs() {
        String page = "<p>No scripts here, only <b>text</b>.</p>";
        assertSame(page, ScriptStripper.strip(page));
    }

    @Test
    void anUnterminatedScriptIsKeptAsWritten() {
        String page = "<p>Before</p><script>var x = 1; <p>never markup</p>";
        assertEquals(page, ScriptStripper.strip(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // end tags in any case, with spaces, attributes or a slash
        "<script>a()</SCRIPT ><p>x</p><style>b{}</StYlE/><p>y</p>",
        "<script>a()</script foo='>'><p>x</p>",
        // a '>' inside a quoted attribute value does not end the tag
        "<div title='a>b <script>'>t</div><script data-x=\"<style>\">s()</script><p>x</p>",
        // markup inside comments, CDATA and bogus comments is not markup
        "<!-- <script> --><p>a</p><!--> <script>x()</script><!---> <style>s</style>",
        "<p>a<![CDATA[ <script>no</script> ]]>b</p><script>yes()</script>",
        "<?php echo '<script>'; ?><p>a</p></ <script>b</script>",
        "<!DOCTYPE html><!-- a --!> <script>c()</script> -->",
        // a script that opens a comment and writes a script inside it ends at the second end tag
        "<script><!-- document.write('<script>x()</script>'); --></script><p>after</p>",
        "<script><!-- a </script><p>ends here</p>",
        "<script><!--<script </script> --></script><p>x</p>",
        // escapable raw text and raw text hide tags
        "<title>A <script>title</title><p>x</p><textarea></textarea><script>y()</script></textarea>",
        "<title>A </Title> <b>x</b>",
        "<title>A <b>bold</b></title><script>z()</script>",
        "<iframe><script>no()</script></iframe><noscript><style>n{}</style></noscript><script>yes()</script>",
        "<xmp><style></xmp><style>s{}</style>",
        // self-closing raw-text elements hold nothing
        "<script/><p>1</p></script><script>x()</script>",
        "<style /><b>2</b></style>",
        "<title/><p>3</p></title>",
        // a tag cut short by '<'
        "<script<p>x</p></script><p>y</p>",
        "<p class=a<script>b()</script>",
        // odd names
        "<scrıpt>a</scrıpt><script>b</scrıpt><p>x</p>",
        "<script>b</ſcript></script>",
        "<script\u000B>x</script><p>y</p>",
        // where jsoup ignores tags
        "<select><style>s</style><option>o</select><style>t{}</style>",
        "<frameset><script>a<b>c</b></script></frameset>",
        "<plaintext><script>x()</script>",
        "<table><script>a</script><tr><style>s</style><td>x</td></tr></table>",
        "<head><noscript><script>a<i>z</i></script></noscript></head><p>b</p>",
        "<svg><style>a<b>c</b></style><script>d</script></svg><p>x</p>",
    })
    void trickyPagesParseToTheSameTree(String page) {
        assertNull(treeDifference(page), () -> ScriptStripper.strip(page));
    }

    /** Pieces of markup, tricky for a tokeniser; random pages of them must parse the same stripped or not. */
    private static final List<String> PIECES = List.of("<script>", "</script>", "</SCRIPT >", "<script type='application/ld+json'>",
            "<script src=\"a>b\">", "<script/>", "</script x>", "<style>", "</style>", "<title>", "</title>", "<textarea>", "</textarea>",
            "<noscript>", "</noscript>", "<iframe>", "</iframe>", "<select>", "</select>", "<!--", "-->", "--!>", "--", "-", "<!-->",
            "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?x?>", "</ >", "<p>", "</p>", "<p class='q>r'>", "<div title=\"", "\"", "'", "=",
            "<b>", "</b>", "<", ">", "/", " ", "\n", "text ", "a < b ", "&amp;", "<scrıpt>", "</scrıpt>", "<table>", "<tr>", "<td>",
            "<svg>", "</svg>", "<xmp>", "</xmp>", "<br/>", "<!", "</", "<a href=x>", "</a>", "<head>", "<body>", "<template>");

    @Test
    void randomPagesOfTrickyPiecesParseToTheSameTree() {
        Random random = new Random(20261123);
        for (int page = 0; page < 20000; page++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String html = sb.toString();
            assertNull(treeDifference(html), () -> "page: " + html + "\nstripped: " + ScriptStripper.strip(html));
        }
    }
}
