package org.argus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.argus.actors.ActorDictionary;
import org.argus.app.Budget;
import org.argus.events.Lexicon;
import org.argus.model.DateRange;
import org.argus.words.Words;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options shared by the commands that analyse articles (a picocli mixin). {@link #check} validates
 * them all before anything is read or stored: a wrong value, a publication date outside the accepted
 * dates, or an {@code --actors}, {@code --lexicon} or {@code --words} file that is missing,
 * unreadable or has a single bad line is a usage error (exit 2) listing every problem, so a typo never
 * codes and stores a corpus without the analyst's dictionary.
 */
public final class RunOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "No progress display on stderr.")
    boolean quiet;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (yyyy-mm-dd) for articles whose input gives none.")
    LocalDate published;

    @Option(names = "--date-range", paramLabel = "FIRST..LAST",
            description = "The dates accepted as real (default: 1900-01-01 to ten years after today): an input or page date"
                    + " outside them is refused, an event date outside them dropped.")
    String dateRange;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Longest analysis of one article; a longer one fails with an error and the run goes on"
                    + " (default: ${DEFAULT-VALUE}).")
    int timeLimitSeconds = (int) Budget.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Your actor dictionary (YAML, see docs/actors.md): aliases, country, sector, role, dates.")
    Path actors;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Your event lexicon lines (the format of the shipped lexicon.tsv, see docs/events.md), added to"
                    + " the shipped ones; a line for a predicate the shipped lexicon has replaces it.")
    Path lexicon;

    @Option(names = "--words", paramLabel = "FILE",
            description = "Your additions to the word lists the rules read ('list<TAB>word' lines, '-word' takes one out;"
                    + " the lists are in docs/rules.md).")
    Path words;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel (default: the number of cores).")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, got " + n);
        }
        threads = n;
    }

    /** What the options name, read and checked. */
    record Checked(DateRange dates, Budget budget, ActorDictionary dictionary, Lexicon lexicon, Words words) {
    }

    /**
     * Reads and checks every option's value.
     *
     * @throws ParameterException listing each problem (exit 2), before anything is read or stored
     */
    Checked check() {
        List<String> problems = new ArrayList<>();
        DateRange dates = DateRange.standard();
        if (dateRange != null) {
            try {
                dates = DateRange.parse(dateRange);
            } catch (IllegalArgumentException e) {
                problems.add("--date-range: " + e.getMessage());
            }
        }
        if (published != null && !dates.contains(published)) {
            problems.add("--published " + published + " is " + dates.outside());
        }
        if (timeLimitSeconds < 1) {
            problems.add("--time-limit must be 1 second or more, got " + timeLimitSeconds);
        }
        ActorDictionary dictionary = ActorDictionary.empty();
        if (readable(actors, "--actors", problems)) {
            dictionary = ActorDictionary.load(actors, problems::add);
        }
        Lexicon userLexicon = org.argus.app.Pipelines.shippedLexicon();
        if (readable(lexicon, "--lexicon", problems)) {
            try {
                userLexicon = userLexicon.with(Lexicon.read(lexicon, problems::add));
            } catch (java.io.IOException | RuntimeException e) {
                problems.add(lexicon + ": cannot read the lexicon: " + e.getMessage());
            }
        }
        Words wordLists = Words.shipped();
        if (readable(words, "--words", problems)) {
            try {
                wordLists = Words.withUserFile(words, problems::add);
            } catch (java.io.IOException | RuntimeException e) {
                problems.add(words + ": cannot read the word lists: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageProblems(spec.commandLine(), problems, "nothing was read or stored");
        }
        return new Checked(dates, new Budget(Duration.ofSeconds(timeLimitSeconds), Budget.DEFAULT_SECTION_CHARS,
                Budget.DEFAULT_MAX_CHARS), dictionary, userLexicon, wordLists);
    }

    /** Whether {@code file} was given and is a readable regular file; a problem is added when given and not. */
    private static boolean readable(Path file, String option, List<String> problems) {
        if (file == null) {
            return false;
        }
        if (!Files.exists(file)) {
            problems.add(option + " " + file + ": no such file");
        } else if (!Files.isRegularFile(file)) {
            problems.add(option + " " + file + ": not a regular file");
        } else if (!Files.isReadable(file)) {
            problems.add(option + " " + file + ": cannot read the file: permission denied");
        } else {
            return true;
        }
        return false;
    }
}
