package org.argus.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * General signs that a line or block of a news page is not article text. The patterns describe
 * page furniture that news sites share (subscription promos, share bars, credits), never one site.
 */
final class Clutter {
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(\\b(reuters|afp|ap|getty images|epa|anadolu|xinhua|tass)\\s*/|\\(photo[^)]*\\)|\\bphoto(graph)?\\s*(by|:)|"
                    + "\\bfile photo\\b|\\bgetty images\\b|\\bphoto credit\\b|\\bimage caption\\b|/\\s*(afp|reuters|ap|epa)\\b|\\bap photo\\b|"
                    + "\\b(reuters|afp|epa)\\s*$)");
    private static final Pattern PROMO = Pattern.compile(
            "(?i)^(sign up|subscribe|already a (member|subscriber)|sign in|log ?in|register|try it free|try (it )?for free|join (over |more than )?[\\d,]+|"
                    + "get (our|the) .*newsletter|download (our|the) app|follow us|share (this|on)|advertisement|skip to|read more|related|"
                    + "more from|don'?t miss|recommended|most (read|popular)|click here|cookie|accept( all)? cookies|copyright|©|all rights reserved|"
                    + "you (might|may) also like|see also|latest (news|stories)|watch:|listen:|comments?\\b|leave a comment)");
    private static final Pattern PROMO_ANYWHERE = Pattern.compile(
            "(?i)(newsletter|subscribe (now|today)|cancel anytime|free trial|sign up (for|to)|our newsletters|paywall|"
                    + "already have an account|create an account|unlimited access|become a member)");
    private static final Pattern BREADCRUMB = Pattern.compile("^[\\p{L}&' -]{1,30}(\\s*(>|»|\\||/|›)\\s*[\\p{L}&' -]{1,30})+$");

    private Clutter() {
    }

    static boolean isCaptionOrCredit(String line) {
        return CREDIT.matcher(line).find() && !endsLikeProse(line, 25);
    }

    static boolean isPromo(String line) {
        String t = line.strip();
        return PROMO.matcher(t).find() || PROMO_ANYWHERE.matcher(t).find();
    }

    static boolean isBreadcrumb(String line) {
        return BREADCRUMB.matcher(line.strip()).matches();
    }

    /** Prose: long enough, ends with sentence punctuation or a closing quote. */
    static boolean endsLikeProse(String line, int minWords) {
        String t = line.strip();
        return words(t) >= minWords && t.matches("(?s).*[.!?\"'\u201D\u2019)]$");
    }

    static boolean isBodyParagraph(String line) {
        String t = line.strip();
        int words = words(t);
        return words >= 8 && t.matches("(?s).*[.!?:;\"'\u201D\u2019)\\]]$");
    }

    static int words(String t) {
        String s = t.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
