package org.argus.ingest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item's link, title and date.
 * Elements are matched by local name, so namespaced and un-namespaced feeds read alike. A relative
 * link is resolved against the feed's URL. The parser reads no DTD and no external entity, so a
 * hostile feed cannot make it read files or the network. Stateless and thread-safe.
 */
public final class FeedReader {
    /** Items read from one feed at most; a longer feed is cut (the newest come first in practice). */
    public static final int MAX_ITEMS = 1000;

    /** One item: the page it links to, its title and its date as the feed gives them (either may be null). */
    public record Item(String url, String title, LocalDate published) {
    }

    private static final DateTimeFormatter RFC_822_NO_DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] [zzz][xx]", Locale.ROOT);

    /**
     * The items of the feed in {@code bytes}, in feed order; {@code base} (the feed's URL, or null for
     * a file) resolves relative links. Items without a usable http(s) link are skipped.
     *
     * @throws IllegalArgumentException when the bytes are not a feed (the message says why)
     */
    public List<Item> read(byte[] bytes, String base) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        List<Item> items = new ArrayList<>();
        String root = null;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                Draft item = null;
                while (xml.hasNext() && items.size() < MAX_ITEMS) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        if (xml.getEventType() == XMLStreamConstants.END_ELEMENT && item != null && isItem(xml.getLocalName())) {
                            Item done = item.finish(base);
                            if (done != null) {
                                items.add(done);
                            }
                            item = null;
                        }
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (root == null) {
                        root = name;
                        if (!root.equals("rss") && !root.equals("RDF") && !root.equals("feed")) {
                            throw new IllegalArgumentException("not an RSS or Atom feed (the document is <" + root + ">)");
                        }
                    } else if (isItem(name)) {
                        item = new Draft();
                    } else if (item != null) {
                        item.read(name, xml);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a well-formed feed: " + firstLine(e.getMessage()));
        }
        if (root == null) {
            throw new IllegalArgumentException("not a feed: no XML element");
        }
        return items;
    }

    private static boolean isItem(String name) {
        return name.equals("item") || name.equals("entry");
    }

    /** The fields of the item being read. */
    private static final class Draft {
        String link;
        String guid;
        String title;
        LocalDate published;
        LocalDate updated;

        void read(String name, XMLStreamReader xml) throws XMLStreamException {
            switch (name) {
                case "link" -> {
                    String href = xml.getAttributeValue(null, "href");
                    String rel = xml.getAttributeValue(null, "rel");
                    if (href != null) {
                        if (link == null && (rel == null || rel.equals("alternate"))) {
                            link = href.strip();
                        }
                    } else {
                        String text = text(xml).strip();
                        if (link == null && !text.isEmpty()) {
                            link = text;
                        }
                    }
                }
                case "guid" -> {
                    boolean permalink = !"false".equalsIgnoreCase(xml.getAttributeValue(null, "isPermaLink"));
                    String text = text(xml).strip();
                    if (permalink) {
                        guid = text;
                    }
                }
                case "title" -> title = text(xml).strip();
                case "pubDate", "published", "date", "issued" -> published = date(text(xml));
                case "updated", "modified" -> updated = date(text(xml));
                default -> {
                    // other fields (description, content, categories) are not needed: the page is fetched
                }
            }
        }

        Item finish(String base) {
            String url = resolve(link, base);
            if (url == null) {
                url = resolve(guid, base);
            }
            return url == null ? null : new Item(url, title == null || title.isEmpty() ? null : title, published != null ? published : updated);
        }
    }

    /** The text inside the current element, child elements' text included (an Atom title may hold XHTML). */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                out.append(xml.getText());
            }
        }
        return out.toString();
    }

    /** An absolute http(s) URL, or null. */
    static String resolve(String link, String base) {
        if (link == null || link.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(link);
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The calendar date of an RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) date, as written; null when it is neither. */
    static LocalDate date(String text) {
        String t = text.strip();
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notRfc) {
            // next form
        }
        try {
            String noDay = t.replaceFirst("^[A-Za-z]{3},\\s*", "");
            return java.time.temporal.TemporalQueries.localDate().queryFrom(RFC_822_NO_DAY.parse(noDay));
        } catch (DateTimeParseException | NullPointerException notRfc) {
            // next form
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            // next form
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(nl + 1)).strip();
    }
}
