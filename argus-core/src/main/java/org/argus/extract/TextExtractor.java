package org.argus.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans text that a scraper already pulled from a page: one paragraph per line or per blank-line
 * block. Drops navigation, promos and credits line by line, keeps captions apart, and takes a leading
 * headline as the title. Stateless and thread-safe.
 */
final class TextExtractor {
    /** Result of cleaning: title (or null), subtitle (or null), body paragraphs and captions. */
    record Cleaned(String title, String subtitle, List<String> paragraphs, List<String> captions) {
    }

    Cleaned clean(String text, boolean titleGiven) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.replace('\u00A0', ' ').strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        int firstBody = -1;
        int lastBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Clutter.isBodyParagraph(line) && !Clutter.isPromo(line) && !Clutter.isCaptionOrCredit(line)) {
                if (firstBody < 0) {
                    firstBody = i;
                }
                lastBody = i;
            }
        }
        if (firstBody < 0) {
            // a short text (a wire brief, a single statement): any prose line that is not clutter is body
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (isShortBodyLine(line) && !Clutter.isPromo(line) && !Clutter.isCaptionOrCredit(line)) {
                    firstBody = firstBody < 0 ? i : firstBody;
                    lastBody = i;
                }
            }
        }
        String title = null;
        String subtitle = null;
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        if (firstBody < 0) {
            return new Cleaned(null, null, paragraphs, captions);
        }
        // Before the body: a headline (and perhaps a standfirst) among menus and breadcrumbs.
        if (!titleGiven) {
            for (int i = 0; i < firstBody; i++) {
                String line = lines.get(i);
                if (looksLikeHeadline(line)) {
                    title = line;
                    if (i + 1 < firstBody && isStandfirst(lines.get(i + 1))) {
                        subtitle = lines.get(i + 1);
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < firstBody; i++) {
            String line = lines.get(i);
            if (line.equals(title) || line.equals(subtitle)) {
                continue;
            }
            if (Clutter.isCaptionOrCredit(line)) {
                captions.add(line);
            } else if (isStandfirst(line) && subtitle == null && title != null) {
                subtitle = line;
            }
        }
        for (int i = firstBody; i <= lastBody; i++) {
            String line = lines.get(i);
            if (Clutter.isCaptionOrCredit(line)) {
                captions.add(line);
            } else if (Clutter.isPromo(line) || Clutter.isBreadcrumb(line)) {
                continue;
            } else if (Clutter.isBodyParagraph(line) || isShortBodyLine(line)) {
                paragraphs.add(line);
            }
        }
        return new Cleaned(title, subtitle, paragraphs, captions);
    }

    /** A short line inside the body that is still text: a quote or a sentence, not a menu entry. */
    private static boolean isShortBodyLine(String line) {
        return Clutter.words(line) >= 3 && line.matches("(?s).*[.!?\"\u201D]$");
    }

    private static boolean looksLikeHeadline(String line) {
        int words = Clutter.words(line);
        return words >= 3 && words <= 30 && line.length() < 200 && !line.endsWith(".")
                && !Clutter.isPromo(line) && !Clutter.isBreadcrumb(line) && !Clutter.isCaptionOrCredit(line);
    }

    private static boolean isStandfirst(String line) {
        int words = Clutter.words(line);
        return words >= 6 && words <= 45 && !Clutter.isPromo(line) && !Clutter.isCaptionOrCredit(line);
    }
}
