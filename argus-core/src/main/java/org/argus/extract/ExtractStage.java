package org.argus.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.argus.model.Article;
import org.argus.model.ArticleMeta;
import org.argus.model.DateRange;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.pipeline.Deadline;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.pipeline.StageException;

/**
 * The extract stage: a page or scraped text in, the cleaned {@link Article} out (requires
 * {@link Layer#RAW}, provides {@link Layer#TEXT}). Body paragraphs are joined by blank lines
 * ({@code "\n\n"}); captions and credits go to {@link Article#captions()}.
 *
 * <p>A title, date or outlet given with the input wins over what the page says; the URL is the
 * page's canonical URL (or {@code og:url}) when it has one, else the given one. The date order is: given with the input ({@code GIVEN}), page metadata ({@code METADATA}), the URL path
 * ({@code URL}), for scraped text a date line in its header ({@code TEXT}), and last the optional fallback
 * date of {@link #ExtractStage(LocalDate)}.
 *
 * <p>Text inputs lose their page furniture but are never emptied: when cleaning would remove every
 * line (a one-sentence text without a full stop, a list of short lines), the text stays, each line a
 * paragraph. A page that has text always gives its best candidate (see {@link HtmlExtractor}). A page
 * or scraped text date outside the accepted dates ({@link DateRange}) is ignored with a note (the
 * article stays; an input's own date outside them was already refused by the reader).
 *
 * <p>A document with no article text at all is rejected with a
 * {@link StageException}; so is a page over {@link HtmlExtractor#MAX_PAGE_CHARS} characters, and one whose
 * extraction takes longer than {@link #TIME_LIMIT} (checked between phases and every 64 blocks or lines). Nothing
 * else escapes: a failure of the HTML parser becomes a {@link StageException} too.
 *
 * <p>Stateless and thread-safe: one instance may serve any number of threads.
 */
public final class ExtractStage implements Stage {
    /** Message of the rejection of a document without article text. */
    public static final String NO_TEXT = "no article text found";
    /** Largest content extracted, in characters. */
    public static final int MAX_CONTENT_CHARS = HtmlExtractor.MAX_PAGE_CHARS;

    /** Longest time one document's extraction may take before it is rejected. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private final HtmlExtractor html;
    private final TextExtractor text = new TextExtractor();
    private final PublishedDate fallback;
    private final DateRange dates;

    /** An extract stage that leaves undated articles undated, with the shipped word lists and the default dates. */
    public ExtractStage() {
        this(null);
    }

    /**
     * An extract stage that dates articles nothing else dates with {@code fallbackDate} (origin
     * {@code GIVEN}); null for none.
     */
    public ExtractStage(LocalDate fallbackDate) {
        this(fallbackDate, DateRange.standard(), org.argus.words.Words.shipped());
    }

    /** As {@link #ExtractStage(LocalDate)}, accepting the dates of {@code dates} and reading the lists of {@code words}. */
    public ExtractStage(LocalDate fallbackDate, DateRange dates, org.argus.words.Words words) {
        this.fallback = fallbackDate == null ? null : new PublishedDate(fallbackDate, PublishedDate.Origin.GIVEN);
        this.dates = dates;
        this.html = new HtmlExtractor(PageWords.of(words));
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.RAW);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Document apply(Document document) {
        return apply(document, Deadline.NONE);
    }

    @Override
    public Document apply(Document document, Deadline deadline) {
        List<String> notes = new ArrayList<>();
        Article article = extract(document.raw(), deadline, note -> notes.add(name() + ": " + note));
        return document.withArticle(article).withNotes(notes);
    }

    /** The article of one input. @throws StageException when no article text is found */
    public Article extract(RawDocument raw) {
        return extract(raw, Deadline.NONE, note -> { });
    }

    private Article extract(RawDocument raw, Deadline overall, Consumer<String> notes) {
        Deadline deadline = Deadline.after(TIME_LIMIT, "extraction", "page").earlier(overall);
        String content = raw.content();
        if (content.length() > MAX_CONTENT_CHARS) {
            throw new StageException((raw.format() == InputFormat.HTML ? "page" : "text") + " of " + content.length()
                    + " characters is over the limit of " + MAX_CONTENT_CHARS);
        }
        String givenTitle = blankToNull(raw.title());
        Article article;
        if (raw.format() == InputFormat.HTML) {
            HtmlExtractor.Page page;
            try {
                page = html.extract(content, blankToNull(raw.url()), deadline);
            } catch (Deadline.Exceeded e) {
                throw new StageException(e.getMessage(), e);
            } catch (RuntimeException | StackOverflowError e) {
                throw new StageException("could not parse the page: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
            List<String> body = page.paragraphs();
            if (givenTitle != null && !body.isEmpty() && CleanText.clean(body.get(0)).equalsIgnoreCase(CleanText.clean(givenTitle))) {
                body = body.subList(1, body.size());
            }
            article = new Article(first(givenTitle, page.title()), String.join("\n\n", body),
                    raw.published() != null ? raw.published() : accepted(page.published(), "the page's metadata", notes),
                    first(page.url(), raw.url()), first(raw.outlet(), page.outlet()), page.captions(), page.meta());
        } else {
            TextExtractor.Cleaned cleaned;
            try {
                cleaned = text.clean(content, givenTitle, deadline);
            } catch (Deadline.Exceeded e) {
                throw new StageException(e.getMessage(), e);
            }
            PublishedDate published = raw.published();
            if (published == null) {
                LocalDate printed = TextDate.find(content);
                published = accepted(printed == null ? null : new PublishedDate(printed, PublishedDate.Origin.TEXT), "the text's header", notes);
            }
            List<String> paragraphs = cleaned.paragraphs();
            if (paragraphs.isEmpty()) {
                // cleaning found no body (one line without a full stop, a list of short lines): a text input is never emptied
                paragraphs = TextExtractor.paragraphs(content);
            }
            article = new Article(first(givenTitle, cleaned.title()), String.join("\n\n", paragraphs),
                    published, blankToNull(raw.url()), blankToNull(raw.outlet()), cleaned.captions(),
                    new ArticleMeta(cleaned.subtitle(), List.of(), null, null));
        }
        if (article.text().isBlank()) {
            throw new StageException(NO_TEXT);
        }
        if (article.published() == null && fallback != null) {
            article = new Article(article.title(), article.text(), fallback, article.url(), article.outlet(), article.captions(),
                    article.meta());
        }
        return article;
    }

    /** {@code date} when it is within the accepted dates; else null, with a note saying what was ignored. */
    private PublishedDate accepted(PublishedDate date, String where, Consumer<String> notes) {
        if (date == null || dates.contains(date.date())) {
            return date;
        }
        notes.accept("publication date " + date.date() + " in " + where + " ignored: " + dates.outside());
        return null;
    }

    private static String first(String preferred, String other) {
        return preferred != null && !preferred.isBlank() ? preferred.strip() : blankToNull(other);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
