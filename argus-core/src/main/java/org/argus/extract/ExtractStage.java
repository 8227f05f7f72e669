package org.argus.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.pipeline.StageException;

/**
 * The extract stage: page or scraped text in, cleaned article out. Paragraphs are joined by blank
 * lines. A date given with the input wins over one found in the page, which wins over the fallback
 * date the user gave for undated articles. Stateless and thread-safe.
 */
public final class ExtractStage implements Stage {
    private final HtmlExtractor html = new HtmlExtractor();
    private final TextExtractor text = new TextExtractor();
    private final PublishedDate fallback;

    /** An extract stage that leaves undated articles undated. */
    public ExtractStage() {
        this(null);
    }

    /** An extract stage that dates articles nothing else dates with {@code fallbackDate} (null: none). */
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
        RawDocument raw = document.raw();
        Article article;
        if (raw.format() == InputFormat.HTML) {
            HtmlExtractor.Page page = html.extract(raw.content(), raw.url());
            article = new Article(first(raw.title(), page.title()), String.join("\n\n", page.paragraphs()),
                    raw.published() != null ? raw.published() : page.published(), page.url(),
                    first(raw.outlet(), page.outlet()), page.captions());
        } else {
            TextExtractor.Cleaned cleaned = text.clean(raw.content(), raw.title() != null);
            article = new Article(first(raw.title(), cleaned.title()), String.join("\n\n", cleaned.paragraphs()),
                    raw.published(), raw.url(), raw.outlet(), cleaned.captions());
        }
        if (article.published() == null && fallback != null) {
            article = new Article(article.title(), article.text(), fallback, article.url(), article.outlet(), article.captions());
        }
        if (article.text().isBlank()) {
            throw new StageException("no article text found after removing boilerplate");
        }
        return document.withArticle(article);
    }

    private static String first(String given, String found) {
        return given != null && !given.isBlank() ? given : found;
    }

}
