package org.argus.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.EntityMention;
import org.argus.model.Event;
import org.argus.model.Place;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.words.Words;

/**
 * Places each event: the location its sentence attaches to the trigger ("airstrikes in the city of
 * Kassala", "attacked the airbase near Mopti", "talks in Geneva", "visited Nairobi"),
 * resolved with the {@link Gazetteer}.
 *
 * <p>A candidate is a proper-noun phrase (or a LOCATION entity) after a locative preposition (in, at,
 * near, outside, ...), or the object of the trigger when it names a known place other than a country,
 * that hangs from the trigger, from a word under it, or from the word the trigger hangs from; when
 * none does and the sentence has exactly one such locative place elsewhere, not in a clause with a
 * subject of its own, that one. "The
 * city of X" names X; a facility ("the al-Karama airbase") keeps its whole name and takes the
 * country and coordinates of its namesake town when the gazetteer knows it.
 *
 * <p>Among places of the same name the text decides first ("Tripoli, Lebanon"), then the article: each
 * candidate scores the log of its population, +2 for a national capital, +1 for an administrative
 * seat, and 3 times (1 time for a place that is neither) the share of the article's actor mentions
 * that belong to its country; so
 * Tripoli is Libya's in an article about Libya and Lebanon's in one about Lebanon, while Moscow stays
 * Russia's capital in an article about American diplomats. A place the gazetteer does not know keeps
 * its name and the country the text gives, without coordinates. Thread-safe.
 */
public final class PlaceStage implements Stage {
    /** Entity classes that are never places. */
    private static final Set<String> NOT_PLACES = Set.of("PERSON", "ORGANIZATION", "DATE", "TIME", "MONEY", "PERCENT");

    private final Gazetteer gazetteer;
    private final Set<String> locativePrepositions;
    private final Set<String> settlement;
    private final Set<String> facilities;
    private final Set<String> partyPlacePrepositions;
    /** A compass word before a capitalised name ({@code places/compass-words}): "Western Cambodia", "northern Iraq". */
    private final Pattern compass;
    /** An Arabic article and hyphen just before a name ({@code places/article-prefixes}): "al-". */
    private final Pattern arabicArticle;
    /** "NOUN of Name" inside an entity ({@code places/named-settlement-nouns}): "Town of Nakuru". */
    private final Pattern namedSettlement;

    /** The stage resolving places with {@code gazetteer}, reading the word lists {@code places/*} of {@code words}. */
    public PlaceStage(Gazetteer gazetteer, Words words) {
        this.gazetteer = gazetteer;
        this.locativePrepositions = words.set("places/locative-prepositions");
        this.settlement = words.set("places/settlement-nouns");
        this.facilities = words.set("places/facility-nouns");
        this.partyPlacePrepositions = words.set("places/party-place-prepositions");
        this.compass = Pattern.compile("(?i)^" + anyOf(words.set("places/compass-words")) + "\\s+(\\p{Lu}.*)$");
        this.arabicArticle = Pattern.compile("(?i)\\b" + anyOf(words.set("places/article-prefixes")) + "-$");
        this.namedSettlement = Pattern.compile("\\b(?i:" + anyOf(words.set("places/named-settlement-nouns")) + ") of (\\p{Lu}.*)$");
    }

    /** A regular-expression group matching any of {@code words} literally, the longest first. */
    private static String anyOf(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        StringBuilder out = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            out.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return out.append(')').toString();
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.EVENTS, Layer.ACTORS, Layer.NER, Layer.SENTENCES, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENT_PLACES);
    }

    @Override
    public Document apply(Document doc) {
        if (doc.events().isEmpty() || doc.annotation() == null) {
            return doc;
        }
        Map<String, Double> context = countryShares(doc);
        List<Event> placed = new ArrayList<>();
        for (Event e : doc.events()) {
            Place p = place(doc, e, context);
            Event withPlace = p == null ? e : e.withPlace(p);
            placed.add(withPlace.withParties(located(doc, e.source(), context), located(doc, e.target(), context)));
        }
        return doc.withEvents(placed);
    }

    /** Share of the article's actor mentions per country, the largest being 1. */
    private static Map<String, Double> countryShares(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (Actor a : doc.actors()) {
            if (a.country() != null) {
                counts.merge(a.country(), a.mentions().size(), Integer::sum);
            }
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Map<String, Double> shares = new HashMap<>();
        counts.forEach((country, n) -> shares.put(country, n / (double) max));
        return shares;
    }

    /** A place phrase: what the text calls it, the name to look up, its span and head token. */
    private record Phrase(String name, String lookup, Span span, int head, int distance, boolean facility) {
    }

    private Place place(Document doc, Event e, Map<String, Double> context) {
        Sentence s = doc.annotation().sentenceAt(e.trigger().span().start());
        if (s == null || s.dependencies().isEmpty()) {
            return null;
        }
        int trigger = tokenAt(s, e.trigger().span().start());
        if (trigger < 0) {
            return null;
        }
        List<EntityMention> entities = doc.annotation().entities().stream().filter(m -> m.sentence() == s.index()).toList();
        Phrase best = null;
        List<Phrase> elsewhere = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                continue;
            }
            boolean locative = isLocative(s, d);
            boolean object = d.governor() == trigger && d.relation().equals("obj");
            if (!locative && !object) {
                continue;
            }
            int distance = d.governor() == trigger || !ownSubject(s, d.governor()) ? attachment(s, d.governor(), trigger) : -1;
            if (distance < 0) {
                Phrase p = locative && !ownSubject(s, d.governor()) ? phrase(doc, s, d.dependent(), entities, Integer.MAX_VALUE) : null;
                if (p != null && !overlapsActor(e.source(), p.span()) && !overlapsActor(e.target(), p.span())) {
                    elsewhere.add(p);
                }
                continue;
            }
            Phrase p = phrase(doc, s, d.dependent(), entities, distance);
            if (p == null || overlapsActor(e.source(), p.span())) {
                continue;
            }
            boolean namesAPlace = s.tokens().get(p.head()).isProperNoun()
                    && gazetteer.lookup(p.lookup()).stream().anyMatch(x -> x.kind() != Gazetteer.Kind.COUNTRY);
            if (object && !p.facility() && !namesAPlace) {
                // "backs the Tripoli administration": an object is a place only when it names one
                continue;
            }
            if (best == null || p.distance() < best.distance()) {
                best = p;
            }
        }
        if (best == null && elsewhere.size() == 1) {
            // the parser hung the sentence's one place on another word ("marched through the
            // old town of Mombasa chanting ...", "of Mombasa" read under the participle):
            // a sentence that names one place tells where its event happened
            best = elsewhere.get(0);
        }
        return best == null ? null : resolve(doc, s, best, entities, context);
    }

    /**
     * The parties, each one that names no actor and no country given the place its own words name:
     * "Mombasa University Medical School", "Kisumu's county administration", "villages near
     * Garissa". A person's or organisation's name is never read as a place.
     */
    private List<ActorRef> located(Document doc, List<ActorRef> parties, Map<String, Double> context) {
        List<ActorRef> out = new ArrayList<>(parties.size());
        for (ActorRef r : parties) {
            Place p = r.actorId() == null && r.country() == null && r.span() != null ? placeWithin(doc, r.span(), context) : null;
            out.add(p == null ? r : r.withPlace(p));
        }
        return out;
    }

    private Place placeWithin(Document doc, Span span, Map<String, Double> context) {
        Sentence s = doc.annotation().sentenceAt(span.start());
        if (s == null || s.dependencies().isEmpty()) {
            return null;
        }
        List<EntityMention> entities = doc.annotation().entities().stream().filter(m -> m.sentence() == s.index()).toList();
        java.util.Set<Integer> words = new java.util.TreeSet<>();
        for (Token t : s.tokens()) {
            if (span.contains(t.span())) {
                words.add(t.index());
                Dependency up = s.parentOf(t.index());
                if (up != null && up.governor() >= 0 && !span.contains(s.tokens().get(up.governor()).span())) {
                    // the phrase's head: "doctors from Mombasa Hospital", "villages near Garissa" also name it
                    for (Dependency c : s.children(t.index())) {
                        if (c.relation().startsWith("nmod:") && partyPlacePrepositions.contains(c.relation().substring(5))) {
                            words.addAll(s.subtree(c.dependent()));
                        }
                    }
                }
            }
        }
        for (int i : words) {
            Token t = s.tokens().get(i);
            if (!t.isProperNoun()) {
                continue;
            }
            Dependency up = s.parentOf(t.index());
            if (up != null && up.governor() >= 0 && s.tokens().get(up.governor()).isProperNoun()
                    && (up.relation().equals("compound") || up.relation().equals("flat"))) {
                continue; // "Tel" of "Tel Aviv": the phrase is read from its head
            }
            Phrase p = properPhrase(doc, s, t.index(), entities, 0);
            if (p != null && gazetteer.lookup(p.lookup()).stream().anyMatch(x -> x.kind() != Gazetteer.Kind.COUNTRY)) {
                return resolve(doc, s, p, entities, context);
            }
        }
        return null;
    }

    /** Whether {@code d} attaches a noun by a locative preposition ("in Tripoli"). */
    private boolean isLocative(Sentence s, Dependency d) {
        if (!(d.relation().startsWith("obl") || d.relation().startsWith("nmod"))) {
            return false;
        }
        for (Dependency c : s.children(d.dependent())) {
            if (c.relation().equals("case") && locativePrepositions.contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How closely {@code governor} is tied to the trigger: 0 when it is the trigger, the number of
     * steps down when it lies under the trigger (at most 3), 1 when it is the word the trigger hangs
     * from; -1 when it is not tied to it.
     */
    /**
     * Whether {@code verb} heads a clause with a subject of its own that is not a pronoun: "while
     * others gathered in Nairobi" tells where others were, not where the event was ("when they fired
     * on the crowd in Nairobi" does).
     */
    private static boolean ownSubject(Sentence s, int verb) {
        if (!s.tokens().get(verb).isVerb()) {
            return false;
        }
        return s.children(verb).stream().anyMatch(c -> c.relation().startsWith("nsubj")
                && !s.tokens().get(c.dependent()).pos().startsWith("PRP"));
    }

    private static int attachment(Sentence s, int governor, int trigger) {
        if (governor == trigger) {
            return 0;
        }
        int node = governor;
        for (int steps = 1; steps <= 3; steps++) {
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            node = up.governor();
            if (node == trigger) {
                return steps;
            }
            if (s.tokens().get(node).isVerb()) {
                break;
            }
        }
        Dependency up = s.parentOf(trigger);
        if (up != null && up.governor() == governor && !up.relation().startsWith("nsubj") && !up.relation().equals("conj")) {
            return 1;
        }
        return -1;
    }

    /** The place phrase headed by token {@code head}, or null when it names no place. */
    private Phrase phrase(Document doc, Sentence s, int head, List<EntityMention> entities, int distance) {
        Token h = s.tokens().get(head);
        if (NOT_PLACES.contains(h.ner())) {
            return null;
        }
        if (settlement.contains(h.lemma().toLowerCase(Locale.ROOT))) {
            // "the city of Kassala": the place is what the settlement word names
            for (Dependency c : s.children(head)) {
                if (c.relation().equals("nmod:of") || c.relation().equals("appos") || c.relation().equals("compound")) {
                    Phrase named = properPhrase(doc, s, c.dependent(), entities, distance);
                    if (named != null) {
                        return named;
                    }
                }
            }
            return null;
        }
        return properPhrase(doc, s, head, entities, distance);
    }

    private Phrase properPhrase(Document doc, Sentence s, int head, List<EntityMention> entities, int distance) {
        Token h = s.tokens().get(head);
        if (NOT_PLACES.contains(h.ner())) {
            return null;
        }
        for (EntityMention m : entities) {
            if (m.type().equals("LOCATION") && m.firstToken() <= head && head <= m.lastToken()) {
                java.util.regex.Matcher named = namedSettlement.matcher(m.text());
                if (named.find()) {
                    // "Rift Valley Town of Nakuru": the place is Nakuru
                    Span tail = new Span(m.span().start() + named.start(1), m.span().end());
                    return new Phrase(named.group(1), named.group(1), tail, head, distance, false);
                }
                return new Phrase(m.text(), m.text(), m.span(), head, distance, false);
            }
        }
        int first = head;
        int firstProper = -1;
        int lastProper = -1;
        for (Dependency c : s.children(head)) {
            Token t = s.tokens().get(c.dependent());
            if ((c.relation().equals("compound") || c.relation().equals("flat") || c.relation().equals("amod")) && c.dependent() < head
                    && t.isProperNoun() && !NOT_PLACES.contains(t.ner())) {
                first = Math.min(first, c.dependent());
                firstProper = firstProper < 0 ? c.dependent() : Math.min(firstProper, c.dependent());
                lastProper = Math.max(lastProper, c.dependent());
            }
        }
        if (h.isProperNoun()) {
            firstProper = firstProper < 0 ? head : firstProper;
            lastProper = head;
        }
        if (firstProper < 0) {
            return null;
        }
        String text = doc.text();
        int start = s.tokens().get(first).span().start();
        int lookupStart = s.tokens().get(firstProper).span().start();
        java.util.regex.Matcher particle = arabicArticle.matcher(text.substring(Math.max(0, start - 4), start));
        if (particle.find()) {
            // "al-Karama": the tokenizer may split the article off
            start -= particle.group().length();
            lookupStart = Math.min(lookupStart, start);
        }
        Span span = new Span(start, h.span().end());
        String lookup = text.substring(lookupStart, s.tokens().get(lastProper).span().end());
        boolean known = !gazetteer.lookup(lookup).isEmpty();
        boolean facility = !h.isProperNoun() && facilities.contains(h.lemma().toLowerCase(Locale.ROOT));
        if (!h.isProperNoun() && !known && !facility) {
            // a common noun with an unknown proper modifier ("the Hilton hotel") is not sure to be a place
            return null;
        }
        if (h.isProperNoun() && !known && !"LOCATION".equals(h.ner())) {
            return null;
        }
        if (!h.isProperNoun() && !facility) {
            // "in the Tripoli suburbs": the place is the proper part
            Span proper = new Span(lookupStart, s.tokens().get(lastProper).span().end());
            return new Phrase(lookup, lookup, proper, head, distance, false);
        }
        return new Phrase(span.of(text), lookup, span, head, distance, facility);
    }

    private static boolean overlapsActor(List<ActorRef> refs, Span span) {
        for (ActorRef r : refs) {
            if (r.span() != null && r.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase resolved against the gazetteer, the text's own country and the article's context. */
    private Place resolve(Document doc, Sentence s, Phrase p, List<EntityMention> entities, Map<String, Double> context) {
        String given = givenCountry(doc, s, p);
        Gazetteer.Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Gazetteer.Entry> entries = gazetteer.lookup(p.lookup());
        java.util.regex.Matcher part = compass.matcher(p.lookup());
        if (entries.isEmpty() && part.matches()) {
            entries = gazetteer.lookup(part.group(1)); // "Northern Kenya": a part of Kenya, where "South Sudan" is a name
        }
        for (Gazetteer.Entry x : entries) {
            if (given != null && !given.equals(x.country())) {
                continue;
            }
            // the article's countries weigh less for a small place than for a capital or seat, so that
            // "Geneva" stays Swiss in an article full of Americans
            double contextWeight = x.kind() == Gazetteer.Kind.PLACE ? 1 : 3;
            double score = Math.log10(x.population() + 10.0) + contextWeight * context.getOrDefault(x.country(), 0.0)
                    + switch (x.kind()) {
                        case COUNTRY -> 8;
                        case CAPITAL -> 2;
                        case ADMIN_SEAT -> 1;
                        case PLACE -> 0;
                    };
            if (score > bestScore) {
                best = x;
                bestScore = score;
            }
        }
        if (best == null) {
            return new Place(p.name(), given, null, null, p.span());
        }
        return new Place(p.name(), best.country(), best.lat(), best.lon(), p.span());
    }

    /** A country the text attaches to the place: "Tripoli, Lebanon", "Sirte in Libya", or null. */
    private String givenCountry(Document doc, Sentence s, Phrase p) {
        for (Dependency c : s.children(p.head())) {
            if (c.relation().equals("appos") || c.relation().startsWith("nmod") || c.relation().equals("conj")) {
                String country = country(s.tokens().get(c.dependent()).word());
                if (country != null) {
                    return country;
                }
            }
        }
        String after = doc.text().substring(p.span().end(), Math.min(doc.text().length(), s.span().end()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^,\\s+((?:[A-Z][\\p{L}'-]+\\s?){1,3})").matcher(after);
        if (m.find()) {
            return country(m.group(1).strip());
        }
        return null;
    }

    private String country(String name) {
        for (Gazetteer.Entry x : gazetteer.lookup(name)) {
            if (x.kind() == Gazetteer.Kind.COUNTRY) {
                return x.country();
            }
        }
        return null;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.span().start() <= offset && offset < t.span().end()) {
                return t.index();
            }
        }
        return -1;
    }
}
