package org.argus.time;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.argus.model.PublishedDate;

/**
 * How well the published date is inferred from text alone: over a folder of articles whose file
 * names carry their date (PolNeAR: {@code outlet_yyyy-mm-dd_slug.txt}), the share dated, and of those
 * the share within 0 and within 1 day, per origin. Usage: {@code PublishedDateEval DIR}.
 */
public final class PublishedDateEval {
    private static final Pattern ID_DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    private PublishedDateEval() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, int[]> counts = new TreeMap<>();
        int total = 0;
        for (Path f : files) {
            Matcher m = ID_DATE.matcher(f.getFileName().toString());
            if (!m.find()) {
                continue;
            }
            total++;
            LocalDate truth = LocalDate.parse(m.group(1));
            String text = Files.readString(f, StandardCharsets.UTF_8);
            PublishedDate d = PublishedDates.infer(text);
            if (d == null) {
                continue;
            }
            String how = d.origin() + (PublishedDates.hasDateline(text) ? " (dateline)" : " (latest date in the text)");
            int[] c = counts.computeIfAbsent(how, o -> new int[5]);
            c[0]++;
            long off = Math.abs(d.date().toEpochDay() - truth.toEpochDay());
            c[1] += off == 0 ? 1 : 0;
            c[2] += off <= 1 ? 1 : 0;
            c[3] += off <= 7 ? 1 : 0;
            c[4] += off <= 31 ? 1 : 0;
        }
        System.out.printf("articles %d%n", total);
        counts.forEach((origin, c) -> System.out.printf("%s: dated %d, exact %d (%.3f), within a day %d (%.3f), a week %d (%.3f), 31 days %d (%.3f)%n",
                origin, c[0], c[1], c[1] / (double) c[0], c[2], c[2] / (double) c[0], c[3], c[3] / (double) c[0], c[4], c[4] / (double) c[0]));
    }
}
