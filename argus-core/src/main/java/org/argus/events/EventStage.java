package org.argus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argus.events.governed.Governance;
import org.argus.events.party.PartyUnits;
import org.argus.events.trigger.Triggers;
import org.argus.grammar.Clauses;
import org.argus.model.ActorRef;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.rules.Chain;
import org.argus.rules.Rule;
import org.argus.words.Words;

/**
 * Codes PLOVER events from the dependency parse, as chains of named units (docs/rules.md). For each
 * sentence: what each token triggers (chain {@code trigger.txt}), which triggers another governs
 * (chain {@code governed.txt}); for each other trigger, an {@link EventDraft}: the argument role
 * table, then the verb or noun chain finds its argument heads, {@code arguments.txt} expands them,
 * they resolve to parties, and {@code parties.txt} completes the targets. Arguments resolve to the
 * document's actors by their offsets. An event inside a quote or reported statement is attributed to
 * its speaker. Stateless and thread-safe.
 */
public final class EventStage implements Stage {
    private static final String CHAINS = "/org/argus/events/chains/";

    private final Carriers carriers;
    private final Triggers triggers;
    private final Governance governance;
    private final PartyUnits party;
    private final Chain<EventDraft> verb;
    private final Chain<EventDraft> noun;
    private final Chain<EventDraft> arguments;
    private final Chain<EventDraft> parties;

    public EventStage(Lexicon lexicon, Words words) {
        this.carriers = new Carriers(words);
        TimeWords time = new TimeWords(words);
        this.triggers = new Triggers(lexicon, carriers, words);
        this.governance = new Governance(carriers, words);
        this.party = new PartyUnits(words, carriers, time);
        Map<String, Rule<EventDraft>> units = party.units();
        this.verb = Chain.load(CHAINS + "verb.txt", units);
        this.noun = Chain.load(CHAINS + "noun.txt", units);
        this.arguments = Chain.load(CHAINS + "arguments.txt", units);
        this.parties = Chain.load(CHAINS + "parties.txt", units);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ACTORS, Layer.QUOTES, Layer.SENTENCES, Layer.LEMMAS, Layer.POS, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        List<EventDraft> kept = new ArrayList<>();
        for (Sentence s : document.annotation().sentences()) {
            Triggers.Found[] found = triggers.of(s);
            for (Token t : s.tokens()) {
                Triggers.Found f = found[t.index()];
                if (f != null && !governance.governed(s, t.index(), found)) {
                    EventDraft d = code(document, s, t, f, kept);
                    if (d != null && kept.stream().noneMatch(x -> sameStatement(x, d))) {
                        kept.add(d);
                    }
                }
            }
        }
        return document.withEvents(kept.stream().map(EventDraft::event).toList());
    }

    /** The draft of the event trigger {@code f} makes at {@code t}, or null when it has no party. */
    private EventDraft code(Document doc, Sentence s, Token t, Triggers.Found f, List<EventDraft> kept) {
        int carrier = f.trigger().verb() ? t.index() : carriers.of(s, t.index());
        EventDraft d = new EventDraft(doc, s, t, f.trigger(), carrier, kept);
        d.trace.addAll(f.trace());
        party.roles().assign(d);
        (d.verb() ? verb : noun).run(d, d.trace);
        d.sourceHeads = new ArrayList<>(d.sources);
        d.targetHeads = new ArrayList<>(d.targets);
        arguments.run(d, d.trace);
        party.parties().resolve(d);
        parties.run(d, d.trace);
        if (d.source.isEmpty() && d.target.isEmpty()) {
            return null;
        }
        int head = d.head;
        d.attribution = attribution(doc, t.span());
        ActorRef attribution = d.attribution;
        d.modality = modality(s, head, attribution != null);
        EventType stated = statedIntent(s, head, d.type, d.modality, attribution != null);
        if (stated != null) {
            d.trace.add("event.type.stated-intent");
            d.type = stated;
            d.statedIntent = stated;
            d.modality = attribution != null ? Event.Modality.REPORTED : Event.Modality.ASSERTED;
        }
        if (attribution != null && obliged(s, head) && !d.source.isEmpty()
                && d.source.stream().noneMatch(r -> r.actorId() != null && r.actorId().equals(attribution.actorId()))) {
            d.trace.add("event.type.obligation");
            d.type = EventType.REQUEST;
            d.target = d.source;
            d.source = List.of(attribution);
            d.modality = Event.Modality.REPORTED;
        }
        party.units().get("event.party.condition-subject").apply(d);
        boolean negated = negated(s, head) || Clauses.of(s, head) != head && negated(s, Clauses.of(s, head));
        boolean promisedNot = negated && stated == EventType.AGREE;
        if (negated && (d.type == EventType.AGREE || d.type == EventType.CONCEDE) && failedTo(s, head) || promisedNot) {
            d.trace.add("event.type.refusal");
            d.type = EventType.REJECT;
            negated = false;
        }
        d.negated = negated;
        return d;
    }

    /** Two events of one sentence with the same type, source and negation: "threatened to strike" coded twice. */
    private static boolean sameStatement(EventDraft a, EventDraft b) {
        return a.sentence.span().equals(b.sentence.span()) && a.type == b.type && a.negated == b.negated
                && a.source.stream().map(ActorRef::name).toList().equals(b.source.stream().map(ActorRef::name).toList())
                && (a.statedIntent != null || b.statedIntent != null);
    }

    /**
     * A stated intention is itself the event, as CAMEO and PLOVER code it: an action under an
     * ultimatum ("will withdraw its troops unless ...") or a conflictual action a reported statement
     * announces for the future ("said they would impose sanctions") is a THREATEN; a conciliatory
     * material action so announced ("said they will release the hostages") is an AGREE (a promise).
     * A conflictual action intended ("plans to impose tariffs", "has vowed to fight"; not what
     * someone tried to do) or announced under a condition ("may halt its mediation if ...") is a
     * THREATEN too, as PLOVER defines it. A conciliatory plan the text itself reports ("will withdraw
     * next month") stays what it is, intended. Null when the event stands as coded.
     */
    private static EventType statedIntent(Sentence s, int head, EventType type, Event.Modality modality, boolean stated) {
        if (ASKING_GOVERNORS.contains(complementOf(s, head))) {
            return EventType.REQUEST; // "lobbied to suspend open-carry rights": asked those who can to do it
        }
        if (ultimatum(s, head)) {
            return EventType.THREATEN;
        }
        if (type == EventType.ASSAULT && preparing(s, head)) {
            // "the army prepared to resume shelling": readying an attack is a show of force
            // (CAMEO 15, "increase military alert status"); "is prepared to attack" stays a threat
            return EventType.MOBILIZE;
        }
        boolean conflictual = type == EventType.ASSAULT || type == EventType.COERCE || type == EventType.SANCTION;
        if (conflictual && (modality == Event.Modality.INTENDED && !attempted(s, head) || conditional(s, head))) {
            // PLOVER's THREATEN is a statement of intent to act against another: "plans to impose
            // restrictions", "has vowed to fight", "may halt mediation if ..."
            return EventType.THREATEN;
        }
        if (modality != Event.Modality.INTENDED || !stated || !future(s, head) && !readyTo(s, head)) {
            return null; // a conciliatory plan the text reports is not yet a promise
        }
        return switch (type) {
            // a protest announced is a threat of dissent (CAMEO 133): "said they would stage a strike"
            case ASSAULT, COERCE, SANCTION, PROTEST -> EventType.THREATEN;
            case RETREAT, CONCEDE, AID, COOPERATE, CONSULT -> EventType.AGREE; // an offer to meet or mediate, too
            default -> null;
        };
    }

    /**
     * Whether the event's clause is what a subject is preparing to do ("prepared to resume shelling"), as
     * an act under way.
     */
    private static boolean preparing(Sentence s, int head) {
        int node = Clauses.of(s, head);
        for (int depth = 0; depth < 3; depth++) {
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0 || !up.baseRelation().equals("xcomp") && !Clauses.gerundComplement(s, up)) {
                return false;
            }
            node = up.governor();
            Token governor = s.tokens().get(node);
            if (governor.lemma().equalsIgnoreCase("prepare")) {
                // the verb, not the adjective of readiness ("is prepared to"), which is a statement of intent
                return governor.isVerb() && s.children(node).stream()
                        .noneMatch(d -> d.baseRelation().equals("cop") || d.relation().equals("aux:pass"));
            }
        }
        return false;
    }

    /** Whether the event's clause is what its subject says it is ready to do: "ready to", "willing to", "is prepared to". */
    private static boolean readyTo(Sentence s, int head) {
        int governor = Clauses.complementGovernor(s, head);
        if (governor < 0) {
            return false;
        }
        String word = s.tokens().get(governor).word().toLowerCase(Locale.ROOT);
        return word.equals("ready") || word.equals("willing") || word.equals("prepared")
                && s.children(governor).stream().anyMatch(d -> d.baseRelation().equals("cop") || d.relation().equals("aux:pass"));
    }


    /** Verbs of pressing others to act: what they are "to" do is asked of someone else. */
    private static final Set<String> ASKING_GOVERNORS = Set.of("lobby", "campaign", "press", "petition");


    /** Whether the event's verb, or one it is a complement or conjunct of, has a future auxiliary ("will", "would"). */
    private static boolean future(Sentence s, int head) {
        return Clauses.chainHas(s, head, d -> d.baseRelation().equals("aux")
                && FUTURE_AUXILIARIES.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** Whether the event's clause is what someone failed or declined to do ("failed to reach an agreement"). */
    private static boolean failedTo(Sentence s, int head) {
        return Set.of("fail", "decline").contains(complementOf(s, head));
    }

    /**
     * The lemma of the verb or adjective the event's clause is the complement of ("failed to reach", "is
     * ready to sign"), or "".
     */
    private static String complementOf(Sentence s, int head) {
        int governor = Clauses.complementGovernor(s, head);
        return governor < 0 ? "" : s.tokens().get(governor).lemma().toLowerCase(Locale.ROOT);
    }


        private static final Set<String> ATTEMPT_VERBS = Set.of("try", "attempt", "seek", "struggle", "fail", "manage");

    /** Whether the event is what someone tried to do ("tried to hack"): an act, however it ended, not an intention. */
    private static boolean attempted(Sentence s, int head) {
        return ATTEMPT_VERBS.contains(complementOf(s, head));
    }

    /** Whether the event's clause is conditioned by "if" ("may halt its mediation if the talks founder"). */
    private static boolean conditional(Sentence s, int head) {
        return Clauses.chainHas(s, head, d -> d.baseRelation().equals("advcl") && Clauses.marker(s, d.dependent(), "if"));
    }

    /** Whether the event's clause is conditioned by "unless" ("will withdraw unless X agrees"). */
    private static boolean ultimatum(Sentence s, int head) {
        return Clauses.chainHas(s, head, d -> d.baseRelation().equals("advcl") && Clauses.marker(s, d.dependent(), "unless"));
    }




    /** Verbs and adjectives whose complement is an act not (yet) done: "threatened to cut", "is ready to sign". */
    private static final Set<String> INTENT_GOVERNORS = Set.of("threaten", "vow", "promise", "pledge", "plan", "want", "intend",
            "seek", "try", "attempt", "agree", "offer", "prepare", "aim", "hope", "decide", "ready", "prepared", "willing",
            "expect", "propose", "wish", "push", "move", "set", "due", "poised", "determined", "going", "swear",
            "lobby", "campaign", "press", "strive");
    /** "would" too: in reported speech it is the future of the past ("said it would withdraw"). */
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "wo", "would", "'d");
    private static final Set<String> POSSIBILITY_AUXILIARIES = Set.of("could", "might", "may");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");

    /**
     * How the sentence presents the event at {@code head}: hypothetical under a condition or a
     * modal of possibility; intended when announced, wanted or future; reported inside a quote or
     * reported statement; else asserted. The first that applies, in that order.
     */
    private static Event.Modality modality(Sentence s, int head, boolean reported) {
        boolean intended = false;
        int node = Clauses.of(s, head);
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            for (Dependency d : s.children(node)) {
                String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (d.relation().equals("mark") && CONDITIONS.contains(w) || d.baseRelation().equals("advcl") && hasCondition(s, d.dependent())) {
                    return Event.Modality.HYPOTHETICAL; // "if talks fail", "will withdraw unless X agrees"
                }
                if (d.baseRelation().equals("aux") && POSSIBILITY_AUXILIARIES.contains(w)) {
                    return Event.Modality.HYPOTHETICAL;
                }
                if (d.baseRelation().equals("aux") && FUTURE_AUXILIARIES.contains(w)) {
                    intended = true;
                }
            }
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            String rel = up.baseRelation();
            if (rel.equals("xcomp") || Clauses.gerundComplement(s, up)) {
                String governor = s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT);
                String word = s.tokens().get(up.governor()).word().toLowerCase(Locale.ROOT);
                if (INTENT_GOVERNORS.contains(governor) || INTENT_GOVERNORS.contains(word)) {
                    intended = true;
                }
            } else if (!rel.equals("conj")) {
                break; // only the event's own clause chain decides
            }
            node = up.governor();
        }
        if (intended) {
            return Event.Modality.INTENDED;
        }
        return reported ? Event.Modality.REPORTED : Event.Modality.ASSERTED;
    }

    private static final Set<String> OBLIGATION_AUXILIARIES = Set.of("must", "should", "ought");

    /** Whether the event's clause says it must be done: "must withdraw", "should be ready to mediate", "has to leave". */
    private static boolean obliged(Sentence s, int head) {
        int node = Clauses.of(s, head);
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            for (Dependency d : s.children(node)) {
                if (d.baseRelation().equals("aux") && OBLIGATION_AUXILIARIES.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            Dependency up = s.parentOf(node);
            if (up == null || up.governor() < 0 || !up.baseRelation().equals("xcomp")) {
                return false;
            }
            String governor = s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT);
            if (governor.equals("have") || governor.equals("need")) {
                return true;
            }
            node = up.governor();
        }
        return false;
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> NEGATING_GOVERNORS = Set.of("fail", "refuse", "decline", "deny");
    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "none", "nothing", "neither", "no-one");

    private static boolean hasCondition(Sentence s, int clause) {
        for (Dependency d : s.children(clause)) {
            if (d.relation().equals("mark") && CONDITIONS.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("advmod") || d.relation().equals("det")) && NEGATORS.contains(w)) {
                return true;
            }
            if (d.relation().equals("mark") && w.equals("without")) {
                return true;
            }
            if (d.relation().startsWith("nsubj") && NEGATIVE_SUBJECTS.contains(w)) {
                return true; // "nobody has been arrested", "none of them signed"
            }
        }
        Dependency up = s.parentOf(head);
        if (up != null && up.governor() >= 0 && up.baseRelation().equals("xcomp")) {
            Token gov = s.tokens().get(up.governor());
            return NEGATING_GOVERNORS.contains(gov.lemma().toLowerCase(Locale.ROOT)) || negated(s, up.governor());
        }
        return false;
    }

    /** The speaker of the quote or reported statement the trigger sits in, or null. */
    private static ActorRef attribution(Document doc, Span trigger) {
        for (Quote q : doc.quotes()) {
            if (q.span().contains(trigger) && q.speaker() != null) {
                return q.speaker();
            }
        }
        return null;
    }
}
