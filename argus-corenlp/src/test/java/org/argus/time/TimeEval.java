package org.argus.time;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argus.actors.ActorKnowledge;
import org.argus.actors.ActorStage;
import org.argus.model.Article;
import org.argus.model.Document;
import org.argus.model.InputFormat;
import org.argus.model.PublishedDate;
import org.argus.model.RawDocument;
import org.argus.model.SourceRef;
import org.argus.nlp.AnnotateStage;
import org.argus.nlp.corenlp.SharedAnnotator;
import org.argus.quotes.QuoteStage;
import org.argus.words.Words;

/**
 * Date correctness on the hand-checked sample {@code polnear-date-sample.tsv}: each sampled
 * expression of a PolNeAR train article is resolved as the time stage resolves it (in text order,
 * chains, quotes and future clauses included, anchored on the date in the article's id) and compared
 * with the expected date and precision. Usage: {@code TimeEval [POLNEAR_TRAIN_TEXT_DIR]} (default
 * {@code ../shared/data/polnear/train/text}).
 */
public final class TimeEval {
    private static final Pattern ID_DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    private TimeEval() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/polnear/train/text");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TimeEval.class.getResourceAsStream("/org/argus/time/polnear-date-sample.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        }
        AnnotateStage annotate = new AnnotateStage(SharedAnnotator.get());
        ActorStage actors = new ActorStage(ActorKnowledge.load(), Words.shipped());
        QuoteStage quotes = new QuoteStage(Words.shipped());
        TimeStage time = new TimeStage(Words.shipped());
        int right = 0;
        int found = 0;
        int dayRows = 0;
        int dayRight = 0;
        for (String[] row : rows) {
            String text = Files.readString(dir.resolve(row[0]), StandardCharsets.UTF_8);
            Matcher m = ID_DATE.matcher(row[0]);
            if (!m.find()) {
                throw new IllegalStateException(row[0] + ": no date in the id");
            }
            LocalDate anchor = LocalDate.parse(m.group(1));
            PublishedDate published = new PublishedDate(anchor, PublishedDate.Origin.GIVEN);
            RawDocument raw = new RawDocument(row[0], SourceRef.file(row[0]), InputFormat.TEXT, text, null, null, published, null);
            Document doc = Document.of(raw).withArticle(new Article(null, text, published, null, null, List.of()));
            doc = quotes.apply(actors.apply(annotate.apply(doc)));
            int offset = Integer.parseInt(row[1]);
            TimeStage.Dated hit = null;
            for (TimeStage.Dated d : time.resolveAll(doc, anchor)) {
                if (d.found().span().start() <= offset && offset < d.found().span().end()) {
                    hit = d;
                }
            }
            String got = hit == null ? "(none)" : hit.date().iso() + " " + hit.date().precision().name().toLowerCase(Locale.ROOT);
            String expected = row[3] + " " + row[4];
            boolean ok = got.equals(expected);
            found += hit == null ? 0 : 1;
            right += ok ? 1 : 0;
            if (row[4].equals("day")) {
                dayRows++;
                dayRight += ok ? 1 : 0;
            }
            System.out.printf("%s  %-42s %-18s expected %-16s got %-16s %s%n", ok ? "OK  " : "MISS",
                    row[0].substring(0, Math.min(42, row[0].length())), row[2], expected, got, row.length > 5 ? row[5] : "");
        }
        System.out.printf("sample %d, resolved %d, correct date and precision %d (%.3f); day-precise expressions %d/%d (%.3f)%n",
                rows.size(), found, right, right / (double) rows.size(), dayRight, dayRows, dayRight / (double) dayRows);
    }
}
