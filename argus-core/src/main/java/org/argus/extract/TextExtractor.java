package org.argus.extract;

import org.argus.pipeline.Deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text that a scraper already pulled from a page: one paragraph per line, or paragraphs
 * separated by blank lines (hard-wrapped paragraphs are rejoined). Every line is classified as body
 * text, a short sentence, a caption or credit, clutter (promos, labels, breadcrumbs, menus) or other
 * (category words, bylines, dates, headings). The article body is the largest run of body paragraphs,
 * where a run may bridge a short gap (one inline promo, a subheading) but not a promo region. Kept
 * lines keep their wording (only whitespace is normalised). Stateless and thread-safe.
 */
final class TextExtractor {
    /** Longest line taken as a headline. */
    static final int MAX_TITLE_CHARS = 200;
    /** Longest line taken as a subtitle (standfirst). */
    static final int MAX_SUBTITLE_CHARS = 250;

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\"'\u201D\u2019)]*\\s+[\"'\u201C\u2018(]?\\p{Lu}");

    private static final Pattern BYLINE_START = Pattern.compile("(?i)^(by|updated|published|posted)\\b.*");

    /** Result of cleaning: title (or null), subtitle (or null), body paragraphs and captions. */
    record Cleaned(String title, String subtitle, List<String> paragraphs, List<String> captions) {
    }

    enum Kind { BODY, SHORT, CAPTION, CLUTTER, OTHER }

    /** A run of body lines: indices of its first and last body line, and its body size. */
    private record Run(int first, int last, int bodyLines, int bodyChars) {
    }

    Cleaned clean(String text, String givenTitle) {
        return clean(text, givenTitle, Deadline.NONE);
    }

    /** As {@link #clean(String, String)}, giving up with {@link Deadline.Exceeded} once {@code deadline} passes. */
    Cleaned clean(String text, String givenTitle, Deadline deadline) {
        List<String> lines = paragraphs(text);
        deadline.check();
        List<Kind> kinds = new ArrayList<>(lines.size());
        for (String line : lines) {
            kinds.add(classify(line));
            if ((kinds.size() & 63) == 0) {
                deadline.check();
            }
        }
        deadline.check();
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Run main = mainRun(lines, kinds);
        if (main == null) {
            // a short text (a wire brief, a statement): every short sentence that is not clutter is body
            int first = -1;
            int last = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (kinds.get(i) == Kind.SHORT) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                return new Cleaned(null, null, paragraphs, captions);
            }
            main = new Run(first, last, 0, 0);
        }
        String title = null;
        int titleAt = -1;
        if (givenTitle == null) {
            for (int i = 0; i < main.first(); i++) {
                if (looksLikeHeadline(lines.get(i), kinds.get(i))) {
                    title = lines.get(i);
                    titleAt = i;
                    break;
                }
            }
        }
        // Short sentences right after the last long paragraph end the article ("Shelling resumed overnight."):
        // a run of them that nothing else interrupts belongs to the body.
        int end = main.last();
        while (end + 1 < lines.size() && kinds.get(end + 1) == Kind.SHORT) {
            end++;
        }
        main = new Run(main.first(), end, main.bodyLines(), main.bodyChars());
        int subtitleAt = titleAt >= 0 ? subtitleAfter(titleAt, lines, kinds, main) : -1;
        String givenTitleNormal = givenTitle == null ? null : spacesNormalised(givenTitle);
        for (int i = 0; i <= main.last(); i++) {
            String line = lines.get(i);
            Kind kind = kinds.get(i);
            if (i == titleAt || i == subtitleAt || (givenTitleNormal != null && spacesNormalised(line).equalsIgnoreCase(givenTitleNormal))) {
                continue;
            }
            if (kind == Kind.CAPTION) {
                if (!captions.contains(line)) {
                    captions.add(line);
                }
            } else if (i >= main.first() && (kind == Kind.BODY || kind == Kind.SHORT)) {
                paragraphs.add(line);
            }
        }
        return new Cleaned(title, subtitleAt >= 0 ? lines.get(subtitleAt) : null, paragraphs, captions);
    }

    static Kind classify(String line) {
        if (Clutter.isCaptionOrCredit(line)) {
            return Kind.CAPTION;
        }
        if (Clutter.isClutter(line)) {
            return Kind.CLUTTER;
        }
        if (Clutter.isBodyParagraph(line)) {
            return Kind.BODY;
        }
        return Clutter.isShortSentence(line) ? Kind.SHORT : Kind.OTHER;
    }

    /**
     * Body runs are maximal sequences of body lines; captions and short sentences between them do not
     * break a run. Two runs join when the lines between them are at most three, of which at most one
     * is clutter (an inline promo), or two when the later run goes on for three or more paragraphs.
     * The main run is the joined run with the most body text; null when there is no body line.
     */
    private static Run mainRun(List<String> lines, List<Kind> kinds) {
        List<Run> runs = new ArrayList<>();
        List<int[]> gaps = new ArrayList<>(); // gap before run k: {lines, clutter}
        int first = -1;
        int last = -1;
        int body = 0;
        int chars = 0;
        int gapLines = 0;
        int gapClutter = 0;
        for (int i = 0; i < lines.size(); i++) {
            Kind k = kinds.get(i);
            if (k == Kind.BODY) {
                if (first >= 0 && gapLines > 0) {
                    runs.add(new Run(first, last, body, chars));
                    first = -1;
                }
                if (first < 0) {
                    gaps.add(new int[] {gapLines, gapClutter});
                    first = i;
                    body = 0;
                    chars = 0;
                }
                last = i;
                body++;
                chars += lines.get(i).length();
                gapLines = 0;
                gapClutter = 0;
            } else if (k == Kind.CLUTTER || k == Kind.OTHER) {
                gapLines++;
                gapClutter += k == Kind.CLUTTER ? 1 : 0;
            }
        }
        if (first >= 0) {
            runs.add(new Run(first, last, body, chars));
        }
        if (runs.isEmpty()) {
            return null;
        }
        List<Run> joined = new ArrayList<>();
        Run current = runs.get(0);
        for (int k = 1; k < runs.size(); k++) {
            Run next = runs.get(k);
            int[] gap = gaps.get(k);
            boolean bridge = gap[0] <= 3 && (gap[1] <= 1 || (gap[1] == 2 && next.bodyLines() >= 3));
            if (bridge) {
                current = new Run(current.first(), next.last(), current.bodyLines() + next.bodyLines(),
                        current.bodyChars() + next.bodyChars());
            } else {
                joined.add(current);
                current = next;
            }
        }
        joined.add(current);
        Run best = joined.get(0);
        for (Run r : joined) {
            if (r.bodyChars() > best.bodyChars()) {
                best = r;
            }
        }
        return best;
    }

    /** A headline: 2 to 30 words, under {@value #MAX_TITLE_CHARS} characters, no final period, not clutter. */
    private static boolean looksLikeHeadline(String line, Kind kind) {
        if (kind == Kind.CLUTTER || kind == Kind.CAPTION) {
            return false;
        }
        int words = Clutter.words(line);
        return words >= 3 && words <= 30 && line.length() < MAX_TITLE_CHARS && !line.endsWith(".")
                && !line.endsWith(":") && line.codePoints().anyMatch(Character::isLowerCase)
                && !BYLINE_START.matcher(line).matches();
    }

    /**
     * The line after the title is a subtitle (standfirst) when it is one short sentence and what
     * follows it is not body text (a caption, a byline, a date): then the body starts after it.
     * -1 when there is none.
     */
    private static int subtitleAfter(int titleAt, List<String> lines, List<Kind> kinds, Run main) {
        int i = titleAt + 1;
        if (i >= lines.size() || i > main.first()) {
            return -1;
        }
        String line = lines.get(i);
        Kind kind = kinds.get(i);
        if (kind != Kind.BODY && kind != Kind.SHORT && kind != Kind.OTHER || line.length() > MAX_SUBTITLE_CHARS
                || INNER_SENTENCE_END.matcher(line).find() || Clutter.words(line) < 6) {
            return -1;
        }
        if (i < main.first()) {
            return i; // before the body anyway; it is dropped from the body either way
        }
        int next = i + 1;
        if (next > main.last()) {
            return -1; // the only body line: keep it as body
        }
        Kind after = kinds.get(next);
        return after == Kind.CAPTION || after == Kind.OTHER ? i : -1;
    }

    /** Lines or blank-line-separated paragraphs, whitespace-normalised, hard-wrapped paragraphs rejoined. */
    static List<String> paragraphs(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String chunk : normal.split("\n\\s*\n")) {
            List<String> lines = new ArrayList<>();
            for (String raw : chunk.split("\n")) {
                String line = normalSpaces(raw);
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            if (looksHardWrapped(lines)) {
                out.add(String.join(" ", lines));
                continue;
            }
            StringBuilder pending = null;
            for (String line : lines) {
                if (pending != null && continues(pending, line)) {
                    pending.append(' ').append(line);
                    continue;
                }
                if (pending != null) {
                    out.add(pending.toString());
                }
                pending = new StringBuilder(line);
            }
            if (pending != null) {
                out.add(pending.toString());
            }
        }
        return out;
    }

    /**
     * The line without invisible characters ({@link #INVISIBLE}), each run of spaces ({@link #SPACES})
     * one space, stripped; by hand, as it runs on every line.
     */
    static String normalSpaces(String raw) {
        StringBuilder sb = null;
        boolean inSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean invisible = c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
            boolean space = c == ' ' || c == '\t' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F'
                    || c == '\u205F' || c == '\u3000';
            if (sb == null && (invisible || space && (c != ' ' || inSpace))) {
                sb = new StringBuilder(raw.length()).append(raw, 0, i); // the first change: copy from here on
            }
            if (invisible) {
                continue;
            }
            if (space) {
                if (!inSpace && sb != null) {
                    sb.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            if (sb != null) {
                sb.append(c);
            }
        }
        return (sb == null ? raw : sb.toString()).strip();
    }

    /** A sentence broken across lines: the first part is long and unfinished, the next starts in lower case. */
    private static boolean continues(CharSequence before, String line) {
        String b = before.toString();
        return b.length() >= 40 && !Clutter.endsSentence(b) && !b.endsWith(":") && Character.isLowerCase(line.codePointAt(0))
                && !Clutter.isClutter(line) && !Clutter.isCaptionOrCredit(b);
    }

    /** Lines of one block wrapped at a fixed width: all but the last of similar length (40-100), mostly unfinished. */
    private static boolean looksHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        int unfinished = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            int n = lines.get(i).length();
            min = Math.min(min, n);
            max = Math.max(max, n);
            unfinished += Clutter.endsSentence(lines.get(i)) ? 0 : 1;
        }
        int last = lines.get(lines.size() - 1).length();
        return min >= 40 && max <= 100 && max - min <= 30 && last <= max + 5 && unfinished * 2 >= lines.size() - 1;
    }

    private static String spacesNormalised(String s) {
        if (!s.isEmpty() && s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ' && !s.contains("  ") && hasNoSpacesBut(s)) {
            return s.strip(); // the lines of paragraphs() are already so: skip the regex
        }
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Whether the only {@link #SPACES} character in the text is the plain space. */
    private static boolean hasNoSpacesBut(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000') {
                return false;
            }
        }
        return true;
    }
}
