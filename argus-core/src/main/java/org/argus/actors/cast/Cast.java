package org.argus.actors.cast;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.model.Actor;
import org.argus.model.ActorType;
import org.argus.model.Mention;
import org.argus.model.Span;
import org.argus.reference.Antecedents;
import org.argus.reference.Resolution;

/**
 * The actors of one article as the actor stage finds them, in order of first mention: each under a
 * key (its type and name, a country under its code), the acronyms defined so far, the nationality
 * words, and which tokens are already read as names. The resolver reads it as the antecedents a
 * reference may stand for. Mutable; one per article, used by one thread.
 */
public final class Cast implements Antecedents<ActorDraft> {
    private final Map<String, ActorDraft> byKey = new LinkedHashMap<>();
    private final Collection<ActorDraft> view = Collections.unmodifiableCollection(byKey.values());
    private final Map<String, String> aliasToKey = new HashMap<>();
    private final Set<Span> adjectives = new HashSet<>();
    private final boolean[][] covered;

    /** A cast for an article whose sentences have {@code sentenceLengths} tokens each. */
    public Cast(int[] sentenceLengths) {
        covered = new boolean[sentenceLengths.length][];
        for (int i = 0; i < sentenceLengths.length; i++) {
            covered[i] = new boolean[sentenceLengths[i]];
        }
    }

    /** The tokens of sentence {@code index} already read as part of a name. */
    public boolean[] covered(int index) {
        return covered[index];
    }

    @Override
    public Collection<ActorDraft> actors() {
        return view;
    }

    @Override
    public boolean adjective(Span span) {
        return adjectives.contains(span);
    }

    @Override
    public boolean named(int sentence, int token) {
        return covered[sentence][token];
    }

    /** The key an acronym was defined for, or null. */
    public String aliasKey(String acronym) {
        return aliasToKey.get(acronym);
    }

    /** The key of the first actor (in order of first mention) that {@code test} accepts, or null. */
    public String firstKey(java.util.function.Predicate<ActorDraft> test) {
        for (Map.Entry<String, ActorDraft> e : byKey.entrySet()) {
            if (test.test(e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The key a mention of {@code type} named {@code name} has when nothing else joins it: its type and normalised name. */
    public static String nameKey(ActorType type, String name) {
        return type + ":" + norm(name);
    }

    /** The key of a country's mentions: its code. */
    public static String countryKey(String code) {
        return "country:" + code;
    }

    /**
     * Adds a reading's mention to the actor it joins ({@link Reading#joins}, else the actor under
     * {@link Reading#key}, made when new), with the descriptions tied to it; registers the acronym it
     * defines and whether it is a nationality word. A reading no unit read or that a unit rejected adds nothing.
     */
    public void add(Reading r) {
        if (!r.read() || r.rejected) {
            return;
        }
        ActorDraft d = r.joins;
        if (d != null) {
            if (r.renames) {
                d.name = r.name;
            }
        } else {
            d = byKey.computeIfAbsent(r.key, k -> new ActorDraft(r.name, r.type));
        }
        d.mention(r.words, r.span, r.country, r.sector, r.type == ActorType.PERSON ? r.role : null, Mention.Kind.NAME, r.trace);
        if (r.alias != null) {
            aliasToKey.put(r.alias, r.key);
        }
        if (r.adjective) {
            adjectives.add(r.span);
        }
        for (Reading.Described x : r.described) {
            Span at = x.span();
            if (d.mentions.stream().noneMatch(m -> m.span().equals(at))) {
                d.mention(x.text(), at, x.country(), x.sector(), x.role(), Mention.Kind.DESCRIPTION, x.trace());
            }
        }
    }

    /** Adds a resolved reference as a mention of its actor; a description's own words are read from then on. */
    public void add(Resolution<ActorDraft> r) {
        r.actor().mention(r.text(), r.span(), null, null, null, r.kind(), r.trace());
        for (int i = r.first(); i <= r.last(); i++) {
            covered[r.sentence()][i] = true;
        }
    }

    /** The actors, each with an id made from its name (numbered when two share one). */
    public List<Actor> build() {
        List<Actor> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (ActorDraft d : byKey.values()) {
            String id = slug(d.name);
            int n = ids.merge(id, 1, Integer::sum);
            out.add(new Actor(n == 1 ? id : id + "-" + n, d.name, d.type, d.country, d.sector, d.role, d.mentions));
        }
        return out;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String slug(String s) {
        String slug = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "actor" : slug;
    }
}
