package org.argus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page title without the name of its site. Stateless. */
final class SiteTitle {
    private static final Pattern TITLE_SPLIT = Pattern.compile("\\s+[|\u2013\u2014\u00B7:-]\\s+|\\s*\\|\\s*");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

    private SiteTitle() {
    }

    /**
     * A title without the site's name: "Headline | Site", "Site - Headline", "Headline – Site". A
     * segment is removed when it names the outlet, or (for {@code anyPipeSuffix}, the {@code <title>})
     * when it follows the last "|" and the headline keeps three words or more.
     */
    static String stripSite(String title, String outlet, boolean anyPipeSuffix) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = CleanText.clean(title);
        String site = outlet == null ? null : LEADING_THE.matcher(outlet.toLowerCase(Locale.ROOT)).replaceAll("");
        Matcher m = TITLE_SPLIT.matcher(t);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return t;
        }
        int[] lastSep = seps.get(seps.size() - 1);
        String suffix = t.substring(lastSep[1]).strip();
        String head = t.substring(0, lastSep[0]).strip();
        if (site != null && namesSite(suffix, site)) {
            return head;
        }
        int[] firstSep = seps.get(0);
        String prefix = t.substring(0, firstSep[0]).strip();
        if (site != null && namesSite(prefix, site)) {
            return t.substring(firstSep[1]).strip();
        }
        if (anyPipeSuffix && t.substring(lastSep[0], lastSep[1]).contains("|") && suffix.length() <= 40
                && Clutter.words(head) >= 3) {
            return head;
        }
        return t;
    }

    static boolean namesSite(String segment, String site) {
        String s = LEADING_THE.matcher(segment.toLowerCase(Locale.ROOT)).replaceAll("");
        return !s.isEmpty() && (s.equals(site) || (s.length() >= 3 && site.contains(s)) || (site.length() >= 3 && s.contains(site)
                && s.length() <= site.length() + 12));
    }
}
