package org.argus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.PublishedDate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * A page's publication date: JSON-LD {@code datePublished}, the date metas named in the word list
 * {@code extract/date-metas} (in order of trust), {@code itemprop=datePublished}, a {@code <time datetime>},
 * or a /YYYY/MM/DD/ URL path; and the date formats metadata writes. Immutable and thread-safe.
 */
final class PageDates {
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=/|$|[^\\d])");
    private static final Evaluator DATE_PUBLISHED = PageIndex.selector("[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
    /** In order of trust: a {@code <time>} in the article, one marked pubdate, one in {@code <main>}, any. */
    private static final Evaluator[] TIMES = {PageIndex.selector("article time[datetime]"), PageIndex.selector("time[pubdate][datetime]"),
        PageIndex.selector("main time[datetime]"), PageIndex.selector("time[datetime]")};

    /** The meta names that may carry the date, in order of trust. */
    private final List<String> metaNames;

    PageDates(List<String> metaNames) {
        this.metaNames = List.copyOf(metaNames);
    }

    PublishedDate publishedDate(PageIndex index, MetaTags metas, JsonNode ld, String url, String givenUrl) {
        List<String> candidates = new ArrayList<>();
        candidates.add(JsonLd.ldText(ld, "datePublished"));
        for (String name : metaNames) {
            candidates.add(metas.get(name));
        }
        for (String candidate : candidates) {
            LocalDate d = parseDate(candidate);
            if (d != null) {
                return new PublishedDate(d, PublishedDate.Origin.METADATA); // the DOM need not be searched
            }
        }
        candidates.clear();
        Element dated = index.selectFirst(index.itemprop, DATE_PUBLISHED);
        if (dated != null) {
            candidates.add(dated.hasAttr("datetime") ? dated.attr("datetime") : dated.attr("content"));
        }
        // in order of trust: a <time> in the article, one marked pubdate, one in <main>, any (a ticker's or a sidebar's last)
        for (Evaluator selector : TIMES) {
            Element time = index.selectFirst(index.times, selector);
            if (time != null) {
                candidates.add(time.attr("datetime"));
                break;
            }
        }
        for (String candidate : candidates) {
            LocalDate d = parseDate(candidate);
            if (d != null) {
                return new PublishedDate(d, PublishedDate.Origin.METADATA);
            }
        }
        for (String u : new String[] {url, givenUrl}) {
            LocalDate d = urlDate(u);
            if (d != null) {
                return new PublishedDate(d, PublishedDate.Origin.URL);
            }
        }
        return null;
    }

    /** The date in a /YYYY/MM/DD/ (or /YYYY-MM-DD/) URL path, or null. */
    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static final Pattern ISO = Pattern.compile("^((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|T.*)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)^(?:\\p{L}{3,9},?\\s+)?(\\d{1,2})\\s+(\\p{L}{3,9})\\.?,?\\s+((?:19|20)\\d{2})\\b.*");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)^(?:\\p{L}{3,9},?\\s+)?(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b.*");

    /**
     * A date as metadata writes it: ISO date or date-time (the date as written, not shifted to UTC),
     * {@code 2020/06/08}, {@code 20200608}, RFC 1123 ({@code Mon, 08 Jun 2020 10:00:00 GMT}),
     * {@code 8 June 2020} or {@code June 8, 2020}. Null for anything else.
     */
    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 80) {
            return null;
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(v);
        if (m.matches()) {
            Integer month = month(m.group(2));
            return month == null ? null : date(m.group(3), String.valueOf(month), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(v);
        if (m.matches()) {
            Integer month = month(m.group(1));
            return month == null ? null : date(m.group(3), String.valueOf(month), m.group(2));
        }
        return null;
    }

    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() <= 4 && full.startsWith(n.substring(0, 3)) && (n.length() == 3 || n.equals("sept")))) {
                return month.getValue();
            }
        }
        return null;
    }

    static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
    }
}
