package org.argus.app;

import java.time.Duration;

/**
 * What one article may cost (issue 23): a text is annotated in sections of at most
 * {@code sectionChars} characters, so memory stays bounded whatever the length; a text over
 * {@code maxChars} is refused at once with an error; one article's whole analysis may take
 * {@code timeLimit}, after which it fails with an error and the run goes on. The figures behind the
 * defaults are in docs/reliability.md.
 *
 * @param timeLimit    longest analysis of one article
 * @param sectionChars longest section annotated at once
 * @param maxChars     longest text analysed
 */
public record Budget(Duration timeLimit, int sectionChars, int maxChars) {
    /** Two minutes: six hundred times a news article's analysis, and time for a long report in sections. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);
    /**
     * 50,000 characters: longer than any text of the measuring sets and of the 840 PolNeAR train
     * articles (the longest has 34,309), so news articles are annotated whole, as before.
     */
    public static final int DEFAULT_SECTION_CHARS = 50_000;
    /** 1,000,000 characters: a book-length text; longer ones are refused rather than analysed for minutes. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public Budget {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + timeLimit);
        }
        if (sectionChars < 1000 || maxChars < sectionChars) {
            throw new IllegalArgumentException("need 1000 <= sectionChars <= maxChars, got " + sectionChars + " and " + maxChars);
        }
    }

    /** The default budget. */
    public static Budget defaults() {
        return new Budget(DEFAULT_TIME_LIMIT, DEFAULT_SECTION_CHARS, DEFAULT_MAX_CHARS);
    }
}
