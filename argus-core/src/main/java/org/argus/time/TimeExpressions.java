package org.argus.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.model.Span;

/**
 * Finds time expressions in text: the phrases {@link DateResolver} can resolve. Month and weekday
 * names must be capitalised (so "may" the verb and "a march" are not dates); "May" and "March" alone
 * need a preposition before them. Overlapping matches keep the longest. Stateless and thread-safe.
 */
final class TimeExpressions {
    /** One expression: its offsets and text. */
    record Found(Span span, String text) {
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String SAFE_MONTH = "(?:January|February|April|June|July|August|September|October|November|December)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String NUMBER = "(?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)";
    private static final String CI = "(?i:";

    private static final List<Pattern> PATTERNS = List.of(
            // 2020-01-14
            Pattern.compile("\\b" + YEAR + "-\\d{2}-\\d{2}\\b"),
            // (on) January 14(, 2020), Jan. 14
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+" + YEAR + "\\b)?"),
            // 14 January (2020)
            Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + "\\b)?"),
            // (early|late|mid-|in) January (2020)
            Pattern.compile("\\b" + CI + "(?:early|late|mid|in|since|until|by|during|last|this|next|the end of|the beginning of)[\\s-]+)"
                    + MONTH + "(?:,?\\s+" + YEAR + "\\b)?"),
            Pattern.compile("\\b" + SAFE_MONTH + "(?:,?\\s+" + YEAR + "\\b)?"),
            Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b"),
            // (last|this|next|this coming|this past) Sunday (morning)
            Pattern.compile("\\b(?:" + CI + "(?:this\\s+coming|this\\s+past|last|this|next|on|late|early)\\s+))?" + WEEKDAY
                    + "(?:\\s+" + CI + "(?:morning|afternoon|evening|night)))?\\b"),
            Pattern.compile("\\b" + CI + "(?:yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)"
                    + "|earlier\\s+today|later\\s+today|earlier\\s+in\\s+the\\s+day))\\b"),
            Pattern.compile("\\b" + CI + "(?:(?:earlier|later|early|late)\\s+)?(?:this|last|next|the\\s+previous|the\\s+following|the\\s+next)"
                    + "\\s+(?:week|month|year)(?:end)?)\\b"),
            Pattern.compile("\\b" + CI + "(?:in|over|within)\\s+the\\s+(?:coming|next)\\s+(?:few\\s+)?(?:hours|days|weeks|months)"
                    + "|in\\s+the\\s+coming\\s+(?:hours|days))\\b"),
            // chains: three days later, a week earlier, two days after, the next day
            Pattern.compile("\\b" + CI + NUMBER + "\\s+(?:days?|weeks?|months?|years?)\\s+(?:later|earlier|before|after|afterwards|ago))\\b"),
            Pattern.compile("\\b" + CI + "(?:the\\s+(?:next|following|previous|same)\\s+(?:day|morning|evening|night)"
                    + "|the\\s+day\\s+(?:before|after)|later\\s+that\\s+day|that\\s+same\\s+day))\\b"),
            // in 2019, since 2011
            Pattern.compile("\\b" + CI + "(?:in|since|during|until|by|early|late|mid)[\\s-]+)" + YEAR + "\\b"));

    private TimeExpressions() {
    }

    /** The expressions of {@code text}, in text order, offsets shifted by {@code offset}. */
    static List<Found> find(String text, int offset) {
        List<Found> all = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                all.add(new Found(new Span(offset + m.start(), offset + m.end()), m.group()));
            }
        }
        all.sort(Comparator.comparingInt((Found f) -> f.span().length()).reversed().thenComparingInt(f -> f.span().start()));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            if (kept.stream().noneMatch(k -> k.span().start() < f.span().end() && f.span().start() < k.span().end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.span().start()));
        return kept;
    }
}
