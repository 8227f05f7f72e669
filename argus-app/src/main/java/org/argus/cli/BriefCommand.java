package org.argus.cli;

import java.util.concurrent.Callable;
import org.argus.store.Brief;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code argus brief}: what the corpus says about one actor over a period, every item linked to its sentence. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "A brief on one actor over a period: key events in date order, main quotes, alliances and disputed claims, "
                + "each linked to its article and sentence (character offsets; a text-fragment link when the article has a URL).")
final class BriefCommand implements Callable<Integer> {
    /** Output formats of this command. */
    enum Format { text, markdown }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--actor", required = true, paramLabel = "NAME", description = "The actor: any part of its name or an alias.")
    String actor;

    @Mixin
    EventDateRange dates;

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--events", paramLabel = "N", description = "At most this many key events (default: ${DEFAULT-VALUE}).")
    int maxEvents = Brief.DEFAULT_EVENTS;

    @Option(names = "--quotes", paramLabel = "N", description = "At most this many quotes (default: ${DEFAULT-VALUE}).")
    int maxQuotes = Brief.DEFAULT_QUOTES;

    @Override
    public Integer call() {
        if (actor.isBlank()) {
            spec.commandLine().getErr().println("argus: brief: --actor must name an actor");
            return 2;
        }
        Brief brief = ViewOutput.query(dbOption, store -> store.brief(actor, dates.from, dates.to, Math.max(0, maxEvents), Math.max(0, maxQuotes)));
        ViewOutput.text(spec, out -> (format == Format.markdown ? BriefWriter.markdown(out) : BriefWriter.text(out)).write(brief));
        return 0;
    }
}
