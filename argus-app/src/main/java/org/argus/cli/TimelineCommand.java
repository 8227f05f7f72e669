package org.argus.cli;

import java.util.List;
import java.util.Locale;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import org.argus.store.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code argus timeline}: the corpus's events in date order, each once with the articles that report it. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "List the real-world events of the corpus in date order: reports of one event across articles clustered, "
                + "with date precision, place, independent sources, the articles reporting it and the details they disagree on.")
final class TimelineCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    ListOutput output;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only events with a source or target whose name contains this text.")
    String actor;

    @Option(names = "--type", description = "Only events of this PLOVER type (e.g. ASSAULT).")
    String type;

    @Mixin
    EventDateRange dates;

    @Override
    public Integer call() {
        Choices.check(spec, "--type", type, Choices.names(org.argus.model.EventType.class, false));
        try (CorpusStore store = StoreAccess.openExisting(dbOption)) {
            List<TimelineEntry> entries = store.timeline(new Filters.EventFilter(actor, type, dates.from, dates.to));
            output.print(entries,
                    List.of("date", "precision", "origin", "type", "actors", "place", "country", "lat", "lon", "sources", "articles",
                            "conflicts"),
                    t -> List.of(t.date(), t.datePrecision(), t.dateOrigin(), t.type() + (t.negated() ? " (negated)" : ""),
                            actors(t), place(t), t.placeCountry() == null ? "" : t.placeCountry(),
                            t.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", t.lat()),
                            t.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", t.lon()),
                            t.independentSources() + (t.independentSources() == 1 ? " source" : " sources"), t.articles(), conflicts(t)));
        }
        return 0;
    }

    private String actors(TimelineEntry t) {
        String sources = t.sources().isEmpty() ? "?" : String.join(", ", t.sources());
        return t.targets().isEmpty() ? sources : sources + " -> " + String.join(", ", t.targets());
    }

    /** The details the reports disagree on: dates, places, figures (empty when they agree). */
    static String conflicts(TimelineEntry t) {
        List<String> out = new java.util.ArrayList<>();
        List<String> textDates = t.dates().stream().filter(d -> d.endsWith("(text)")).toList();
        if (textDates.size() > 1) {
            out.add("dates " + String.join(" / ", textDates.stream().map(d -> d.replace(" (text)", "")).toList()));
        }
        if (t.places().size() > 1) {
            out.add("places " + String.join(" / ", t.places()));
        }
        if (t.figures().size() > 1) {
            out.add("figures " + String.join(" / ", t.figures()));
        }
        return String.join("; ", out);
    }

    private String place(TimelineEntry t) {
        return t.place() == null ? "" : "@ " + t.place();
    }
}
