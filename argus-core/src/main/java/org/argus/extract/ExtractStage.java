package org.argus.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.argus.model.Article;
import org.argus.model.ArticleMeta;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
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
 * <p>A document with no article text left after boilerplate removal is rejected with a
 * {@link StageException}; so is a page over {@link HtmlExtractor#MAX_PAGE_CHARS} characters, and one whose
 * extraction takes longer than {@link #TIME_LIMIT} (checked between phases and every 64 blocks or lines). Nothing
 * else escapes: a failure of the HTML parser becomes a {@link StageException} too.
 *
 * <p>Stateless and thread-safe: one instance may serve any number of threads.
 */
public final class ExtractStage implements Stage {
    /** Message of the rejection of a document without article text. */
    public static final String NO_TEXT = "no article text found after removing boilerplate";
    /** Largest content extracted, in characters. */
    public static final int MAX_CONTENT_CHARS = HtmlExtractor.MAX_PAGE_CHARS;

    /** Longest time one document's extraction may take before it is rejected. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private final HtmlExtractor html = new HtmlExtractor();
    private final TextExtractor text = new TextExtractor();
    private final PublishedDate fallback;

    /** An extract stage that leaves undated articles undated. */
    public ExtractStage() {
        this(null);
    }

    /**
     * An extract stage that dates articles nothing else dates with {@code fallbackDate} (origin
     * {@code GIVEN}); null for none.
     */
    public ExtractStage(LocalDate fallbackDate) {
        this.fallback = fallbackDate == null ? null : new PublishedDate(fallbackDate, PublishedDate.Origin.GIVEN);
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
        return document.withArticle(extract(document.raw()));
    }

    /** The article of one input. @throws StageException when no article text is found */
    public Article extract(RawDocument raw) {
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
                page = html.extract(content, blankToNull(raw.url()), Deadline.after(TIME_LIMIT));
            } catch (Deadline.Exceeded e) {
                throw new StageException(e.getMessage(), e);
            } catch (RuntimeException | StackOverflowError e) {
                throw new StageException("could not parse the page: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
            List<String> body = page.paragraphs();
            if (givenTitle != null && !body.isEmpty() && HtmlExtractor.clean(body.get(0)).equalsIgnoreCase(HtmlExtractor.clean(givenTitle))) {
                body = body.subList(1, body.size());
            }
            article = new Article(first(givenTitle, page.title()), String.join("\n\n", body),
                    raw.published() != null ? raw.published() : page.published(),
                    first(page.url(), raw.url()), first(raw.outlet(), page.outlet()), page.captions(), page.meta());
        } else {
            TextExtractor.Cleaned cleaned;
            try {
                cleaned = text.clean(content, givenTitle, Deadline.after(TIME_LIMIT));
            } catch (Deadline.Exceeded e) {
                throw new StageException(e.getMessage(), e);
            }
            PublishedDate published = raw.published();
            if (published == null) {
                LocalDate printed = TextDate.find(content);
                published = printed == null ? null : new PublishedDate(printed, PublishedDate.Origin.TEXT);
            }
            article = new Article(first(givenTitle, cleaned.title()), String.join("\n\n", cleaned.paragraphs()),
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

    private static String first(String preferred, String other) {
        return preferred != null && !preferred.isBlank() ? preferred.strip() : blankToNull(other);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
