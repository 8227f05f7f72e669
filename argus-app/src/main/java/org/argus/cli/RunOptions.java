package org.argus.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that analyse articles. */
public final class RunOptions {
    @Option(names = {"-q", "--quiet"}, description = "No progress display on stderr.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (yyyy-mm-dd) for articles whose input gives none.")
    java.time.LocalDate published;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Your actor dictionary (YAML, see docs/actors.md): aliases, country, sector, role, dates.")
    java.nio.file.Path actors;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Your event lexicon lines (the format of the shipped lexicon.tsv, see docs/events.md), added to"
                    + " the shipped ones; a line for a predicate the shipped lexicon has replaces it.")
    java.nio.file.Path lexicon;

    @Option(names = "--words", paramLabel = "FILE",
            description = "Your additions to the word lists the rules read ('list<TAB>word' lines, '-word' takes one out;"
                    + " the lists are in docs/rules.md).")
    java.nio.file.Path words;

    /** The shipped word lists with the --words file's lines; each bad line is reported on {@code err} and skipped. */
    org.argus.words.Words words(java.io.PrintWriter err) {
        if (words == null) {
            return org.argus.words.Words.shipped();
        }
        try {
            return org.argus.words.Words.withUserFile(words, message -> {
                dictionaryErrors++;
                err.println(message);
                err.flush();
            });
        } catch (java.io.IOException e) {
            dictionaryErrors++;
            err.println(words + ": cannot read the word lists: " + e.getMessage());
            err.flush();
            return org.argus.words.Words.shipped();
        }
    }

    /** Problems found in the --actors and --lexicon files (each already reported on stderr). */
    int dictionaryErrors;

    /** The shipped event lexicon with the --lexicon file's lines; each bad line is reported on {@code err} and skipped. */
    org.argus.events.Lexicon lexicon(java.io.PrintWriter err) {
        org.argus.events.Lexicon shipped = org.argus.app.Pipelines.shippedLexicon();
        if (lexicon == null) {
            return shipped;
        }
        try {
            return shipped.with(org.argus.events.Lexicon.read(lexicon, message -> {
                dictionaryErrors++;
                err.println(message);
                err.flush();
            }));
        } catch (java.io.IOException e) {
            dictionaryErrors++;
            err.println(lexicon + ": cannot read the lexicon: " + e.getMessage());
            err.flush();
            return shipped;
        }
    }

    /** The --actors dictionary (empty without one); each bad entry is reported on {@code err} and skipped. */
    org.argus.actors.ActorDictionary dictionary(java.io.PrintWriter err) {
        if (actors == null) {
            return org.argus.actors.ActorDictionary.empty();
        }
        return org.argus.actors.ActorDictionary.load(actors, message -> {
            dictionaryErrors++;
            err.println(message);
            err.flush();
        });
    }

    /** The run's exit code, made 1 when the dictionary or the lexicon had errors. */
    int exitCode(int runExitCode) {
        return runExitCode == 0 && dictionaryErrors > 0 ? 1 : runExitCode;
    }
}
