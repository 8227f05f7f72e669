package org.argus.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@code argus spark} and of the job jar under {@code spark-submit}.
 *
 * @param master     the Spark master ({@code local[2]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://...}),
 *                   or null to take spark-submit's (local mode on all cores when there is none)
 * @param format     how outputs are written
 * @param out        the output folder (any Hadoop path); it must not exist yet
 * @param inputs     files, folders or glob patterns (any Hadoop path) of .txt, .html/.htm, .jsonl and .warc(.gz) files
 * @param published  the date of articles that nothing else dates, or null
 * @param actors     the analyst's actor dictionary (a file on the submitting machine), or null
 * @param lexicon    the analyst's event lexicon lines, or null
 * @param words      the analyst's word list additions, or null
 * @param partitions how many parts the articles are analysed in (0: four per core of the cluster)
 * @param corpus     whether the corpus views (actors, near-duplicates, alliances, event clusters) are computed
 */
public record JobOptions(String master, Format format, String out, List<String> inputs, LocalDate published, String actors,
                         String lexicon, String words, int partitions, boolean corpus) {
    /** Output formats. */
    public enum Format { PARQUET, JSON }

    public static final String USAGE = """
            Usage: argus spark [--master local[N]|URL] [--format parquet|json] --out DIR [--published DATE]
                               [--actors FILE] [--lexicon FILE] [--words FILE] [--partitions N] [--no-corpus] INPUT...
              Runs the Argus pipeline on Apache Spark over .txt, .html/.htm, .jsonl and .warc/.warc.gz inputs
              (files, folders or glob patterns on any Hadoop file system) and writes articles, events, quotes,
              actors, errors and the corpus views (corpus_actors, actor_merges, duplicates, alliances, clusters)
              under DIR as Parquet (default) or JSON lines.
            Usage: argus spark load [--master local[N]|URL] --db PATH DIR
              Stores the articles a run wrote under DIR into the corpus database, in article id order.
            """;

    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** Reads the command line; a mistake is an {@link IllegalArgumentException} saying what is wrong. */
    public static JobOptions parse(String[] args) {
        String master = null;
        Format format = Format.PARQUET;
        String out = null;
        LocalDate published = null;
        String actors = null;
        String lexicon = null;
        String words = null;
        int partitions = 0;
        boolean corpus = true;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--master" -> master = value(args, ++i, a);
                case "--format" -> format = format(value(args, ++i, a));
                case "--out" -> out = value(args, ++i, a);
                case "--published" -> published = date(value(args, ++i, a));
                case "--actors" -> actors = value(args, ++i, a);
                case "--lexicon" -> lexicon = value(args, ++i, a);
                case "--words" -> words = value(args, ++i, a);
                case "--partitions" -> partitions = positive(value(args, ++i, a));
                case "--no-corpus" -> corpus = false;
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given");
        }
        return new JobOptions(master, format, out, inputs, published, actors, lexicon, words, partitions, corpus);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Format format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "parquet" -> Format.PARQUET;
            case "json" -> Format.JSON;
            default -> throw new IllegalArgumentException("--format must be parquet or json, not '" + value + "'");
        };
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--published must be a date such as 2020-06-08, not '" + value + "'");
        }
    }

    private static int positive(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--partitions must be a positive number, not '" + value + "'");
    }
}
