package org.argus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.argus.model.ActorRef;
import org.argus.model.Event;
import org.argus.output.EventJson;
import org.argus.store.CorpusEvent;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code argus events}: the coded events of the corpus in date order, each the object {@code analyze} prints. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List the events of the corpus in date order.")
final class EventsCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    ListOutput output;

    @Option(names = "--actor", description = "Only events with a source or target whose name contains this text.")
    String actor;

    @Option(names = "--type", description = "Only events of this PLOVER type (e.g. SUPPORT).")
    String type;

    @Option(names = "--rule", paramLabel = "ID",
            description = "Only events this unit made or shaped (an id of docs/rules.md, or a lexicon entry 'lexicon:attack/verb';"
                    + " a trailing * matches every id that starts so).")
    String rule;

    @Mixin
    EventDateRange dates;

    @Override
    public Integer call() {
        Choices.check(spec, "--type", type, Choices.names(org.argus.model.EventType.class, false));
        EventJson json = new EventJson();
        try (CorpusStore store = StoreAccess.openExisting(dbOption)) {
            List<CorpusEvent> events = store.events(new Filters.EventFilter(actor, type, dates.from, dates.to, rule));
            output.print(events,
                    List.of("date", "type", "mode", "negated", "modality", "source", "target", "trigger", "article", "sentence", "trace",
                            "attribution"),
                    row -> {
                        Event e = row.event();
                        String date = e.date() != null ? e.date().iso() : row.published() == null ? "" : row.published();
                        return List.of(date, e.type() + (e.negated() ? " (negated)" : ""), e.mode() == null ? "" : e.mode(), e.negated(),
                                e.modality().name().toLowerCase(Locale.ROOT), parties(e.source()), parties(e.target()), e.trigger().text(),
                                row.article(), Parties.oneLine(row.sentence()), e.trace(), e.attribution() == null ? "" : e.attribution().name());
                    },
                    row -> {
                        ObjectNode o = json.writeWithSentence(row.event(), row.sentence());
                        ObjectNode out = o.objectNode().put("article", row.article()).put("title", row.title()).put("published", row.published());
                        out.setAll(o);
                        return out;
                    });
        }
        return 0;
    }

    /** "Russia (RUS)", "unnamed (LBY, from place)": each party with its code. */
    static List<String> parties(List<ActorRef> refs) {
        return refs.stream().map(r -> (r.name() == null ? "unnamed" : r.name())
                + (r.code() == null ? "" : " (" + r.code() + ("actor".equals(r.codeFrom()) ? "" : ", from " + r.codeFrom()) + ")")).toList();
    }
}
