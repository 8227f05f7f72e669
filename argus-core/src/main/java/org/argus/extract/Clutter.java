package org.argus.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General signs that a line or block of a news page is not article text. The patterns describe page
 * furniture that news sites share (skip links, menus and breadcrumbs, subscription and newsletter
 * promos, "related" and "read more" lists, share bars, copyright lines, photo credits), never one
 * site. Stateless and thread-safe.
 */
final class Clutter {
    /** Photo credits. Agency credits are matched in capitals as credits print them ("REUTERS/Name", "/ AFP"). */
    private static final Pattern CREDIT_CASED = Pattern.compile(
            "(\\b(REUTERS|AFP|AP|EPA|EPA-EFE|AA|XINHUA|TASS|SANA|IRNA|ANADOLU|UPI|DPA|ANSA|WAFA)\\s*/\\s*\\p{Lu}"
                    + "|/\\s*(AFP|REUTERS|AP|EPA|EPA-EFE|XINHUA|DPA|UPI)\\b"
                    + "|\\bAP Photo\\b)");
    /** Credits in any case; matched against the lower-cased line. */
    private static final Pattern CREDIT_ANY_CASE = Pattern.compile(
            "\\(\\s*(photo|picture|image|file photo|photograph)\\b[^)]*\\)"
                    + "|\\b(?:(photo|picture|image|photograph)s?\\s+(by|credit|courtesy)\\b"
                    + "|(photo|picture|image|photograph|credit|illustration)\\s*:"
                    + "|getty\\s+images\\b|file\\s+(photo|picture|image)\\b|image\\s+(caption|copyright)\\b"
                    + "|shutterstock\\b|via\\s+getty\\b)");

    /** Words one of which every {@link #CREDIT_ANY_CASE} match holds. */
    private static final String[] CREDIT_WORDS = {"photo", "picture", "image", "credit", "illustration", "getty", "shutterstock"};

    /** Promo phrases that mark a line wherever they appear; matched against the lower-cased line (faster than (?i)). */
    private static final Pattern PROMO = Pattern.compile(
            "\u00A9|\\b(?:newsletters?\\b|free trial\\b|try (it |us )?(for )?free\\b|cancel (at )?any ?time\\b"
                    + "|already (a |an )?(member|subscriber|registered|have an account)\\b|unlimited (digital )?access\\b"
                    + "|become a (member|subscriber|supporter)\\b|create (an|a free|your) account\\b|all rights reserved\\b"
                    + "|copyright\\s+(\u00A9\\s*)?(\\(c\\)\\s*)?\\d{4}\\b|(delivered|straight) to your inbox\\b|in your inbox\\b"
                    + "|download (our|the) app\\b|follow us on\\b|(sign up|subscribe|register) (now|today|here|for free)\\b"
                    + "|(sign up|subscribe) (for|to) our\\b|(sign|log) in to (read|continue|comment)\\b"
                    + "|subscribers? only\\b|paywall\\b|to continue reading\\b|story continues below\\b"
                    + "|share (this|on) (article|story|page|facebook|twitter|x|whatsapp|linkedin)\\b|cookies?\\b.{0,200}?\\b(accept|consent|policy)\\b)");
    /**
     * Words one of which every {@link #PROMO} match holds (the pattern's literal spaces are kept):
     * checking them is much cheaper than running the pattern over every line that has none.
     */
    private static final String[] PROMO_WORDS = {"\u00A9", "newsletter", "free trial", "try ", "cancel ", "already ", "unlimited ",
        "become a ", "create ", "all rights reserved", "copyright", "inbox", "download ", "follow us on", "sign up", "subscribe",
        "register", "in to ", "paywall", "to continue reading", "story continues below", "share ", "cookie"};
    /** Lines that open with a section or widget label: not article text when short. */
    private static final Pattern LABEL_START = Pattern.compile(
            "(?i)^(skip (to|navigation)|jump to|related\\b|read (more|next|also)\\b|also read\\b|see also\\b|more (from|on|in|about)\\b"
                    + "|don'?t miss\\b|recommended\\b|most (read|popular|viewed|shared)\\b|you (may|might) (also )?like\\b"
                    + "|(latest|top|trending) (news|stories|articles|videos)\\b|watch\\b|listen\\b|comments?\\b|leave a comment\\b"
                    + "|advertisement\\b|sponsored\\b|back to top\\b|share\\b|tags?\\s*:|topics?\\s*:|click here\\b|sign up\\b|subscribe\\b"
                    + "|sign in\\b|log ?in\\b|log ?out\\b|register\\b|follow us\\b|print\\b|e-?mail this\\b|menu\\b|search\\b|home\\s*$)");
    /** Openings that mark a short line as a promo even when it ends like a sentence. */
    private static final Pattern PROMO_START = Pattern.compile(
            "(?i)^(skip to\\b|join (us|our|over|more than|thousands|hundreds|millions|the conversation|\\d)|sign up\\b|subscribe\\b"
                    + "|sign in\\b|log ?in\\b|advertisement\\b|back to top\\b|click here\\b|(read more|related|see also|also read|don'?t miss)\\s*:)");
    /** Short items separated by {@code >}, {@code |}, {@code /}, bullets: a breadcrumb or menu bar. */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^[\\p{L}\\p{N}&'.,() -]{1,30}(\\s*(>|\u00BB|\\||/|\u203A|\u2022|\u00B7|\u2192)\\s*[\\p{L}\\p{N}&'.,() -]{1,30})+\\s*[>\u00BB\u203A]?$");
    /** The separators of {@link #BREADCRUMB}, one of which a breadcrumb holds. */
    private static final String BREADCRUMB_SEPARATORS = ">\u00BB|/\u203A\u2022\u00B7\u2192";

    private Clutter() {
    }

    /** A photo caption or credit: a credit in a short line, or a credit at the end of a longer one. */
    static boolean isCaptionOrCredit(String line) {
        String t = line.strip();
        int words = words(t);
        String lower = t.toLowerCase(Locale.ROOT);
        boolean cased = t.indexOf('/') >= 0 || t.contains("AP Photo");
        boolean anyCase = false;
        for (String word : CREDIT_WORDS) {
            anyCase |= lower.contains(word);
        }
        for (Pattern p : new Pattern[] {CREDIT_CASED, CREDIT_ANY_CASE}) {
            if (p == CREDIT_CASED ? !cased : !anyCase) {
                continue; // the pattern needs a character or word the line lacks
            }
            String s = p == CREDIT_CASED ? t : lower;
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (words <= 25 || m.end() >= s.length() - 60) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A promo, widget label, share or copyright line. Long prose needs two promo phrases to count. */
    static boolean isPromo(String line) {
        String t = line.strip();
        int words = words(t);
        if (words <= 15 && (PROMO_START.matcher(t).lookingAt() || LABEL_START.matcher(t).lookingAt() && !endsSentence(t))) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (!mayHoldPromo(lower)) {
            return false;
        }
        Matcher m = PROMO.matcher(lower);
        int hits = 0;
        while (m.find()) {
            hits++;
        }
        return hits >= 2 || (hits == 1 && (words < 20 || !isBodyParagraph(t)));
    }

    /** Whether the lower-cased line holds one of {@link #PROMO_WORDS}, without which {@link #PROMO} cannot match. */
    private static boolean mayHoldPromo(String lower) {
        for (String word : PROMO_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isBreadcrumb(String line) {
        String t = line.strip();
        if (t.length() > 200) {
            return false;
        }
        boolean separated = false;
        for (int i = 0; i < t.length() && !separated; i++) {
            separated = BREADCRUMB_SEPARATORS.indexOf(t.charAt(i)) >= 0;
        }
        return separated && BREADCRUMB.matcher(t).matches() && !endsSentence(t);
    }

    /** Anything a scraped page carries besides the article: promos, labels, breadcrumbs. Not captions. */
    static boolean isClutter(String line) {
        return isPromo(line) || isBreadcrumb(line) || isMenuLine(line);
    }

    /**
     * A row of menu entries: four or more capitalised words and no lower-case word, no sentence
     * punctuation ("World Politics Business Tech Sport").
     */
    static boolean isMenuLine(String line) {
        String t = line.strip();
        for (int i = 0; i < t.length(); i++) {
            if (".,;:!?\"\u201C\u201D".indexOf(t.charAt(i)) >= 0) {
                return false; // sentence punctuation; checked first, as it rules out most lines at once
            }
        }
        if (t.isEmpty()) {
            return false;
        }
        int n = 0;
        for (int i = 0; i < t.length(); ) {
            if (isRegexSpace(t.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < t.length() && !isRegexSpace(t.charAt(end))) {
                end++;
            }
            if (!Character.isUpperCase(t.codePointAt(i)) && !(end - i == 1 && t.charAt(i) == '&')) {
                return false;
            }
            n++;
            i = end;
        }
        return n >= 4;
    }

    /** The characters of the regex class {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Body text: at least eight words or sixty characters, ending like a sentence (or a closing quote). */
    static boolean isBodyParagraph(String line) {
        String t = line.strip();
        int words = words(t);
        return (words >= 8 || t.length() >= 60) && words >= 3 && endsSentence(t) || isLongProse(t, words);
    }

    /**
     * Long prose cut off without final punctuation (a paragraph split by the scraper): 25 words or more
     * with commas or full stops inside and mostly lower-case words.
     */
    private static boolean isLongProse(String t, int words) {
        if (words < 25) {
            return false;
        }
        int punct = 0;
        int lower = 0;
        for (int i = 0; i < t.length(); ) {
            if (isRegexSpace(t.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < t.length() && !isRegexSpace(t.charAt(end))) {
                end++;
            }
            char last = t.charAt(end - 1);
            if (last == ',' || last == '.' || last == ';') {
                punct++;
            }
            if (Character.isLowerCase(t.codePointAt(i))) {
                lower++;
            }
            i = end;
        }
        return punct >= 2 && lower * 2 >= words;
    }

    /** A short sentence that can sit inside the body (a one-line quote): three or more words ending like a sentence. */
    static boolean isShortSentence(String line) {
        String t = line.strip();
        return words(t) >= 3 && endsSentence(t);
    }

    /** Ends like a sentence; an opening quote or dash the scraper left after the full stop is ignored. */
    static boolean endsSentence(String t) {
        // by hand, as it runs on every block: the trailing opener (an opening quote or dash with spaces
        // around it, right after . ! or ?) is skipped, then the end must be sentence punctuation
        // followed by closing quotes or brackets, or a closing quote
        int end = t.length();
        int i = end;
        while (i > 0 && isRegexSpace(t.charAt(i - 1))) {
            i--;
        }
        int openersEnd = i;
        while (i > 0 && isOpener(t.charAt(i - 1))) {
            i--;
        }
        if (i < openersEnd) {
            while (i > 0 && (isRegexSpace(t.charAt(i - 1)) || t.charAt(i - 1) == '\u00A0')) {
                i--;
            }
            if (i > 0 && ".!?".indexOf(t.charAt(i - 1)) >= 0) {
                end = i;
            }
        }
        if (end == 0) {
            return false;
        }
        char last = t.charAt(end - 1);
        if (last == '\'' || last == '"' || last == '\u201D' || last == '\u2019') {
            return true;
        }
        int j = end;
        while (j > 0 && isCloser(t.charAt(j - 1))) {
            j--;
        }
        return j > 0 && ".!?\u2026".indexOf(t.charAt(j - 1)) >= 0;
    }

    private static boolean isOpener(char c) {
        return c == '\u201C' || c == '\u2018' || c == '\u2014' || c == '\u2013' || c == '-';
    }

    private static boolean isCloser(char c) {
        return c == '\'' || c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '}';
    }

    static int words(String t) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c > ' ' && c < 0x80 ? false : Character.isWhitespace(c); // ASCII letters and marks first: most text
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
