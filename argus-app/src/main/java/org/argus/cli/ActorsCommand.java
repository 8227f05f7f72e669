package org.argus.cli;

import java.util.List;
import org.argus.store.CorpusActor;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code argus actors}: the actors of the corpus, merged across articles. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "List the actors of the corpus, merged across articles.")
final class ActorsCommand extends ListCommand {
    @Option(names = "--name", description = "Only actors whose name or alias contains this text.")
    String name;

    @Option(names = "--type", description = "Only actors of this type (PERSON, ORGANIZATION, COUNTRY, GROUP).")
    String type;

    @Option(names = "--country", description = "Only actors of this country (ISO alpha-3).")
    String country;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Apply this actor dictionary's aliases and splits to the stored corpus (kept for later commands), then list.")
    java.nio.file.Path dictionary;

    @Override
    public Integer call() {
        int[] errors = new int[1];
        try (CorpusStore store = StoreAccess.openExisting(dbOption)) {
            if (dictionary != null) {
                org.argus.actors.ActorDictionary loaded = org.argus.actors.ActorDictionary.load(dictionary, message -> {
                    errors[0]++;
                    spec.commandLine().getErr().println(message);
                });
                store.useDictionary(loaded, dictionary.toString());
            }
            List<CorpusActor> actors = store.actors(new Filters.ActorFilter(name, type, country));
            print(actors,
                    List.of("id", "name", "type", "country", "sector", "role", "aliases", "mentions", "articles", "evidence"),
                    a -> List.of(a.id(), a.name(), a.type(), nz(a.country()), nz(a.sector()), nz(a.role()), a.aliases(),
                            a.mentions(), a.articles(), a.evidence()));
        }
        return errors[0] > 0 ? 1 : 0;
    }

    private static Object nz(String s) {
        return s == null ? "" : s;
    }
}
