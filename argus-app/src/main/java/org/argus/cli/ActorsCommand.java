package org.argus.cli;

import java.util.List;
import org.argus.store.CorpusActor;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code argus actors}: the actors of the corpus, merged across articles. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "List the actors of the corpus, merged across articles.")
final class ActorsCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    ListOutput output;

    @Option(names = "--name", description = "Only actors whose name or alias contains this text.")
    String name;

    @Option(names = "--type", description = "Only actors of this type (PERSON, ORGANIZATION, COUNTRY, GROUP, LOCATION).")
    String type;

    @Option(names = "--country", description = "Only actors of this country (ISO alpha-3).")
    String country;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Apply this actor dictionary's aliases and splits to the stored corpus (kept for later commands), then list.")
    java.nio.file.Path dictionary;

    @Override
    public Integer call() {
        Choices.check(spec, "--type", type, Choices.names(org.argus.model.ActorType.class, false));
        org.argus.actors.ActorDictionary loaded = null;
        if (dictionary != null) {
            // a missing or bad dictionary is a usage error before the corpus is touched
            java.util.List<String> problems = new java.util.ArrayList<>();
            loaded = java.nio.file.Files.isRegularFile(dictionary) && java.nio.file.Files.isReadable(dictionary)
                    ? org.argus.actors.ActorDictionary.load(dictionary, problems::add) : null;
            if (loaded == null) {
                problems.add("--actors " + dictionary + ": no such readable file");
            }
            if (!problems.isEmpty()) {
                throw new UsageProblems(spec.commandLine(), problems, "the corpus was not changed");
            }
        }
        try (CorpusStore store = StoreAccess.openExisting(dbOption)) {
            if (loaded != null) {
                store.useDictionary(loaded, dictionary.toString());
            }
            List<CorpusActor> actors = store.actors(new Filters.ActorFilter(name, type, country));
            output.print(actors,
                    List.of("id", "name", "type", "country", "sector", "role", "aliases", "mentions", "articles", "evidence"),
                    a -> List.of(a.id(), a.name(), a.type(), nz(a.country()), nz(a.sector()), nz(a.role()), a.aliases(),
                            a.mentions(), a.articles(), a.evidence()));
        }
        return 0;
    }

    private static Object nz(String s) {
        return s == null ? "" : s;
    }
}
