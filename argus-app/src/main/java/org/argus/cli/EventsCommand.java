package org.argus.cli;

import java.util.List;
import org.argus.store.CorpusEvent;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code argus events}: the coded events of the corpus in date order. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List the events of the corpus in date order.")
final class EventsCommand extends ListCommand {
    @Option(names = "--actor", description = "Only events with a source or target whose name contains this text.")
    String actor;

    @Option(names = "--type", description = "Only events of this PLOVER type (e.g. SUPPORT).")
    String type;

    @Mixin
    EventDateRange dates;

    @Override
    public Integer call() {
        try (CorpusStore store = StoreAccess.openExisting(dbOption)) {
            List<CorpusEvent> events = store.events(new Filters.EventFilter(actor, type, dates.from, dates.to));
            print(events,
                    List.of("date", "type", "mode", "negated", "modality", "sources", "targets", "trigger", "article", "sentence", "rule",
                            "attribution"),
                    e -> List.of(e.date() == null ? "" : e.date(), e.type() + (e.negated() ? " (negated)" : ""), e.mode() == null ? "" : e.mode(),
                            e.negated(), e.modality(), e.sources(), e.targets(), e.trigger(), e.article(), e.sentence(), e.rule(),
                            e.attribution() == null ? "" : e.attribution()));
        }
        return 0;
    }
}
