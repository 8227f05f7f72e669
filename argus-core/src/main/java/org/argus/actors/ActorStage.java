package org.argus.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argus.actors.cast.Cast;
import org.argus.actors.cast.Reading;
import org.argus.actors.cast.Titles;
import org.argus.actors.cast.TokenText;
import org.argus.actors.code.CodeUnits;
import org.argus.actors.describe.DescribeUnits;
import org.argus.actors.group.GroupUnits;
import org.argus.actors.mention.MentionUnits;
import org.argus.model.Annotation;
import org.argus.model.Document;
import org.argus.model.EntityMention;
import org.argus.model.Sentence;
import org.argus.model.Token;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.reference.Resolver;
import org.argus.reference.Roles;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.argus.words.Words;

/**
 * Finds actor mentions (people, organisations, countries, international organisations) and groups
 * the mentions of one actor within the article, as chains of named units (docs/rules.md, "Actors"):
 * each person, organisation and place the tagger found is read by its chain
 * ({@code org/argus/actors/chains/person.txt}, {@code organisation.txt}, {@code location.txt}), then
 * the names of the knowledge base the tagger left untagged ({@code unnamed.txt}); each mention joins
 * an actor by {@code group.txt}. Last, the reference resolver ({@link Resolver}) adds the definite
 * descriptions and pronouns that stand for one actor as its mentions. Stateless and thread-safe.
 */
public final class ActorStage implements Stage {
    private final ActorKnowledge knowledge;
    private final Resolver resolver;
    private final Chain<Reading> person;
    private final Chain<Reading> organisation;
    private final Chain<Reading> location;
    private final Chain<Reading> unnamed;
    private final Chain<Reading> group;

    public ActorStage(ActorKnowledge knowledge, Words words) {
        this.knowledge = knowledge;
        Roles roles = new Roles(words);
        Titles titles = new Titles(knowledge, roles, words);
        this.resolver = new Resolver(words, roles, knowledge);
        Map<String, Rule<Reading>> units = new HashMap<>();
        List<Rule<Reading>> all = new ArrayList<>(MentionUnits.all(knowledge, words));
        all.addAll(CodeUnits.all(knowledge, roles, titles));
        all.addAll(GroupUnits.all());
        all.addAll(DescribeUnits.all(knowledge, roles, titles));
        for (Rule<Reading> r : all) {
            if (units.put(r.id(), r) != null) {
                throw new IllegalStateException("two actor units with id " + r.id());
            }
        }
        this.person = Chain.load("/org/argus/actors/chains/person.txt", units);
        this.organisation = Chain.load("/org/argus/actors/chains/organisation.txt", units);
        this.location = Chain.load("/org/argus/actors/chains/location.txt", units);
        this.unnamed = Chain.load("/org/argus/actors/chains/unnamed.txt", units);
        this.group = Chain.load("/org/argus/actors/chains/group.txt", units);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.NER, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public Document apply(Document document) {
        Annotation annotation = document.annotation();
        List<Sentence> sentences = annotation.sentences();
        Cast cast = new Cast(sentences.stream().mapToInt(s -> s.tokens().size()).toArray());
        for (EntityMention e : annotation.entities()) {
            Chain<Reading> chain = switch (e.type()) {
                case "PERSON" -> person;
                case "ORGANIZATION" -> organisation;
                case "LOCATION" -> location;
                default -> null;
            };
            if (chain != null) {
                Sentence s = sentences.get(e.sentence());
                Reading r = new Reading(cast, s, cast.covered(s.index()), e, e.firstToken(), e.lastToken());
                chain.run(r, r.trace);
                add(cast, r);
                r.cover(e.firstToken(), e.lastToken());
            }
        }
        for (Sentence s : sentences) {
            unnamed(cast, s);
        }
        resolver.resolve(document.text(), sentences, cast, cast::add);
        return document.withActors(cast.build());
    }

    /** Joins the reading (and an acronym it was read back from) to its actor. */
    private void add(Cast cast, Reading r) {
        for (Reading x : r.withAcronym()) {
            if (x.read() && !x.rejected) {
                group.run(x, x.trace);
                cast.add(x);
            }
        }
    }

    /**
     * The names of the knowledge base the tagger left untagged: at each capitalised word not yet read,
     * the longest known name (a capital only as the subject of a verb), read by the unnamed chain.
     */
    private void unnamed(Cast cast, Sentence s) {
        List<Token> tokens = s.tokens();
        boolean[] covered = cast.covered(s.index());
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !Character.isUpperCase(tokens.get(i).word().charAt(0))) {
                continue;
            }
            for (int len = Math.min(knowledge.longestName(), tokens.size() - i); len >= 1; len--) {
                int last = i + len - 1;
                Reading r = known(cast, s, covered, i, last);
                if (r == null) {
                    continue;
                }
                unnamed.run(r, r.trace);
                if (!r.rejected) {
                    add(cast, r);
                    r.cover(i, last);
                    i = last;
                }
                break;
            }
        }
    }

    /** A reading of tokens {@code first} to {@code last} when none is read yet and they are a name the knowledge base knows. */
    private Reading known(Cast cast, Sentence s, boolean[] covered, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (covered[k]) {
                return null;
            }
        }
        ActorKnowledge.Entry entry = knowledge.lookup(TokenText.joined(s.tokens(), first, last));
        if (entry == null || entry.kind() == ActorKnowledge.Kind.CAPITAL && !MentionUnits.actsAsSubject(s, last)) {
            return null;
        }
        return Reading.known(cast, s, covered, first, last, entry);
    }
}
