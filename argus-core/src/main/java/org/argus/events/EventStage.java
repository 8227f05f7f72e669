package org.argus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argus.model.Actor;
import org.argus.model.ActorRef;
import org.argus.model.ActorType;
import org.argus.model.Dependency;
import org.argus.model.Document;
import org.argus.model.Event;
import org.argus.model.EventType;
import org.argus.model.Mention;
import org.argus.model.Predicate;
import org.argus.model.Quote;
import org.argus.model.Sentence;
import org.argus.model.Span;
import org.argus.model.Token;
import org.argus.pipeline.Layer;
import org.argus.pipeline.Stage;
import org.argus.events.governed.Governance;
import org.argus.events.trigger.Triggers;
import org.argus.words.Words;
import org.argus.grammar.Clauses;
import org.argus.grammar.Phrases;

/**
 * Codes PLOVER events from the dependency parse. For each predicate in the {@link Lexicon}:
 * <ul>
 *   <li>verbs: the subject is the source (the {@code by} agent in the passive), the object, the
 *       passive subject or a prepositional argument the target; a verb with no subject of its own
 *       takes the subject of the verb it depends on ("agreed to withdraw");</li>
 *   <li>a predicate that is the complement of another predicate ("refused to sign") is coded once,
 *       by the governing one, with the complement's object as target;</li>
 *   <li>nouns: "talks between X and Y", "airstrikes on X", "Turkey's support for X"; a noun that is
 *       the object of a verb takes that verb's subject as source;</li>
 *   <li>coordinated arguments ("Russia, Egypt and the UAE") all become sources or targets;</li>
 *   <li>negation ("not", "never", "failed to", "without") sets {@code negated}.</li>
 * </ul>
 * Arguments resolve to the document's actors by their offsets. An event inside a quote or reported
 * statement is attributed to its speaker. Stateless and thread-safe.
 */
public final class EventStage implements Stage {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> NEGATING_GOVERNORS = Set.of("fail", "refuse", "decline", "deny");
    private static final List<String> TARGET_PREPOSITIONS = List.of("against", "on", "with", "to", "into", "at", "for", "from",
            "over", "in");
    private static final Set<String> NOUN_ARGUMENT_PREPOSITIONS = Set.of("on", "against", "with", "for", "to", "in", "of", "over");

    /** "Saudi-led forces" act as Saudi Arabia; other participles make a party of their own ("Russia-backed forces"). */
    private static final Set<String> ACTING_PARTICIPLES = Set.of("lead");

    private final Carriers carriers;
    private final Triggers triggers;
    private final Governance governance;

    public EventStage(Lexicon lexicon, Words words) {
        this.carriers = new Carriers(words);
        this.triggers = new Triggers(lexicon, carriers, words);
        this.governance = new Governance(carriers, words);
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
        List<Event> events = new ArrayList<>();
        for (Sentence s : document.annotation().sentences()) {
            Triggers.Found[] found = triggers.of(s);
            for (Token t : s.tokens()) {
                Triggers.Found entry = found[t.index()];
                if (entry != null && !governance.governed(s, t.index(), found)) {
                    Event e = code(document, s, t, entry);
                    if (e != null && events.stream().noneMatch(x -> sameStatement(x, e))) {
                        events.add(e);
                    }
                }
            }
        }
        return document.withEvents(events);
    }

    /** The head of the first "between" phrase after {@code head} in its sentence, or none. */
    private static List<Integer> betweenAfter(Sentence s, int head) {
        for (int i = head + 1; i < s.tokens().size(); i++) {
            Dependency d = s.parentOf(i);
            if (d != null && d.relation().equals("case") && s.tokens().get(i).word().equalsIgnoreCase("between")) {
                return List.of(d.governor());
            }
        }
        return List.of();
    }

    /**
     * Whether verb {@code head} is a clause the parser hung on the noun that does it: "rebels fighting
     * to topple the government", "authorities in X cracked down on Y". Not on a possessor ("Jordan's
     * visiting king"), nor a participle on what a verb acts on, which is that verb's subject's
     * ("blocked roads demanding ..."), nor across punctuation.
     */
    private static boolean clauseOnActor(Sentence s, int head) {
        Dependency up = s.parentOf(head);
        if (up == null || up.governor() < 0 || !up.baseRelation().equals("acl") || !s.tokens().get(up.governor()).isNoun()) {
            return false;
        }
        int noun = up.governor();
        String pos = s.tokens().get(head).pos();
        return (pos.equals("VBD") || pos.equals("VBG") && !s.parentOf(noun).relation().equals("obj"))
                && s.children(noun).stream().noneMatch(d -> d.relation().equals("case") && s.tokens().get(d.dependent()).pos().equals("POS"))
                && !Phrases.punctuationBetween(s, noun, head);
    }

    /** Whether one of the argument heads names an actor. */
    private static boolean names(Document doc, Sentence s, List<Integer> heads) {
        return refs(doc, s, heads).stream().anyMatch(r -> r.actorId() != null);
    }

    /**
     * The noun a clausal subject is really about when it is a hyphenless "X-ruled Y" ("Junta ruled
     * Myanmar has been buying ..."): a participle with a subject and an object, whose object is
     * the subject of the sentence. Empty for a real clausal subject.
     */
    private static List<Integer> hyphenlessModifier(Sentence s, int clause) {
        Token verb = s.tokens().get(clause);
        if (!verb.pos().equals("VBN") && !verb.pos().equals("VBD") || !Clauses.hasSubject(s, clause)) {
            return List.of();
        }
        return s.children(clause).stream().filter(d -> d.relation().equals("obj") && d.dependent() == clause + 1)
                .map(Dependency::dependent).toList();
    }

    /** Verbs of taking part in an act named by their "in" phrase: "engaged in", "participated in", "involved in". */
    private static final Set<String> TAKING_PART = Set.of("engage", "participate", "involve");

    /** Whether verb {@code verb} says its subject takes part in what its "in" phrase names (also "took part in"). */
    private boolean takesPartIn(Sentence s, int verb) {
        String lemma = s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT);
        return TAKING_PART.contains(lemma) || lemma.equals("take") && carriers.hasObject(s, verb, "part");
    }

    /** "demanded that Israel ease the restrictions": who is to act is whom the demand is on. */
    private static List<Integer> subjectsOfThatClause(Sentence s, int head) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("ccomp") || d.baseRelation().equals("acl") && Clauses.marker(s, d.dependent(), "that")) {
                for (Dependency c : s.children(d.dependent())) {
                    if (c.relation().equals("nsubj")) {
                        out.add(c.dependent());
                    }
                }
            }
        }
        return out;
    }



    private Event code(Document doc, Sentence s, Token t, Triggers.Found found) {
        Trigger entry = found.trigger();
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        Predicate.Form pattern;
        int head = t.index();
        if (entry.verb()) {
            boolean passive = false;
            for (Dependency d : s.children(head)) {
                switch (d.relation()) {
                    case "nsubj" -> {
                        if (!isTimeWord(s.tokens().get(d.dependent()))) {
                            sources.add(d.dependent()); // "sent staff on Wednesday to investigate" misread: no day acts
                        }
                    }
                    case "csubj" -> sources.addAll(hyphenlessModifier(s, d.dependent()));
                    case "nsubj:pass" -> {
                        targets.add(d.dependent());
                        passive = true;
                    }
                    case "obl:agent", "obl:by" -> sources.add(d.dependent());
                    case "obl:along_with", "obl:together_with", "obl:alongside" -> sources.add(d.dependent());
                    case "obj", "iobj" -> targets.add(d.dependent());
                    default -> {
                    }
                }
            }
            List<Integer> prepositional = List.of();
            if (targets.isEmpty()) {
                prepositional = prepositionalTarget(s, head);
                if (names(doc, s, prepositional)) {
                    targets.addAll(prepositional);
                }
            }
            if (targets.isEmpty()) {
                // "refused to sign the deal": the complement's object is the target
                for (Dependency d : s.children(head)) {
                    if (d.relation().equals("xcomp")) {
                        for (Dependency c : s.children(d.dependent())) {
                            if (c.relation().equals("obj")) {
                                targets.add(c.dependent());
                            }
                        }
                    }
                }
            }
            if (targets.isEmpty() && (entry.type() == EventType.REQUEST || entry.type() == EventType.ACCUSE)) {
                targets.addAll(subjectsOfThatClause(s, head));
            }
            if (targets.isEmpty()) {
                // "agreed in principle": a phrase that names no party is the target only when nothing else is
                targets.addAll(prepositional);
            }
            if (!passive && isReducedPassive(s, head)) {
                // "forces backed by X" read as a clause: the subject is what is acted on
                targets.addAll(0, sources.stream().filter(i -> s.parentOf(i).relation().equals("nsubj")).toList());
                sources.removeIf(i -> s.parentOf(i).relation().equals("nsubj"));
                passive = true;
            }
            Dependency up = s.parentOf(head);
            boolean ownObject = s.children(head).stream().anyMatch(d -> d.relation().equals("obj"));
            if (up != null && up.governor() >= 0 && up.baseRelation().equals("acl") && t.pos().equals("VBN") && ownObject
                    && sources.isEmpty()) {
                // "doctors from aid groups donated $50,000 of goods", read as a participle: a verb with
                // its own object is active, and the noun it hangs on is its subject
                sources.add(up.governor());
            } else if (up != null && up.governor() >= 0 && (up.baseRelation().equals("acl") || up.baseRelation().equals("amod"))
                    && t.pos().equals("VBN")) {
                // "forces backed by X", "X-backed forces": the participle's noun is what is acted on
                targets.add(up.governor());
                passive = true;
                for (Dependency d : s.children(head)) {
                    if (d.dependent() < head && HYPHEN_PREFIX_RELATIONS.contains(d.baseRelation()) && Phrases.hyphenBetween(s, d.dependent(), head)) {
                        sources.add(d.dependent()); // the X of "X-backed"
                    }
                }
            } else if (sources.isEmpty() && clauseOnActor(s, head)) {
                sources.add(up.governor());
            } else if (sources.size() == 1 && Clauses.subjectReadForObject(s, head, sources.get(0))) {
                // "blocked roads demanding that ...": a participle's "subject" right after a verb
                // with no object is that verb's object; the participle's agent is the verb's subject
                sources.clear();
                sources.addAll(Clauses.inheritedSubject(s, head));
            } else if (sources.isEmpty()) {
                sources.addAll(Clauses.inheritedSubject(s, head));
            }
            if (sources.isEmpty() && !passive) {
                sources.addAll(appositionReadForSubject(s, head));
            }
            if (passive && sources.isEmpty() && entry.type() == EventType.RETREAT) {
                // "guerrillas have been demobilized", "troops were withdrawn from X": with no agent
                // named, those withdrawn are the retreating side, and the place left is the target
                List<Integer> retreating = targets.stream().filter(i -> s.parentOf(i).relation().equals("nsubj:pass")).toList();
                sources.addAll(retreating);
                targets.removeAll(retreating);
                if (targets.isEmpty()) {
                    targets.addAll(prepositionalTarget(s, head));
                }
            }
            int purpose = purposeOf(s, head);
            if (purpose >= 0 && (targets.isEmpty() || summons(s, purpose) && !names(doc, s, targets))) {
                // "summoned the Kenyan envoy to protest against the closure": the one called in hears
                // it, rather than the thing it is about
                List<Integer> called = s.children(purpose).stream().filter(d -> d.relation().equals("obj"))
                        .map(Dependency::dependent).toList();
                if (names(doc, s, called)) {
                    targets.clear();
                    targets.addAll(called);
                }
            }
            pattern = passive ? Predicate.Form.PASSIVE : Predicate.Form.ACTIVE;
        } else {
            // "a mediation effort between X and Y", "5 million dollars of aid": the phrase the noun
            // modifies carries its arguments
            int np = carriers.of(s, head);
            List<Dependency> arguments = new ArrayList<>(s.children(head));
            if (np != head) {
                arguments.addAll(s.children(np).stream().filter(d -> d.dependent() != head).toList());
            }
            for (Dependency d : arguments) {
                String rel = d.relation();
                if (rel.equals("nmod:poss") || rel.equals("amod") && isCapitalized(s, d.dependent())
                        || rel.equals("compound") && s.tokens().get(d.dependent()).isProperNoun()) {
                    sources.add(d.dependent());
                } else if (rel.equals("nmod:between") || rel.equals("nmod:among")) {
                    // the parties of "talks between X and Y"; those a mediator works between are its targets
                    (entry.mediation() ? targets : sources).add(d.dependent());
                } else if (rel.startsWith("nmod:") && NOUN_ARGUMENT_PREPOSITIONS.contains(rel.substring(5))
                        && !isTimeWord(s.tokens().get(d.dependent()))) { // "an effort on Saturday" names no party
                    targets.add(d.dependent());
                }
            }
            if (targets.isEmpty() && (entry.type() == EventType.REQUEST || entry.type() == EventType.ACCUSE)) {
                targets.addAll(subjectsOfThatClause(s, head)); // "its demand that Israel ease ..."
            }
            Dependency up = s.parentOf(np);
            if (sources.isEmpty() && up != null && up.governor() >= 0 && up.baseRelation().equals("obl")
                    && arguments.stream().anyMatch(d -> d.relation().equals("nmod:with"))) {
                // "retook the village after fierce fighting with guerrillas", "left after talks with
                // X": the other side of what the clause's subject did with X is that subject
                s.children(up.governor()).stream().filter(d -> d.relation().equals("nsubj")).forEach(d -> sources.add(d.dependent()));
            }
            if (sources.isEmpty() && up != null && up.governor() >= 0 && up.relation().equals("obl:in") && takesPartIn(s, up.governor())) {
                // "forces were engaged in ethnic cleansing against X", "took part in the attack on Y":
                // who takes part in the act does it, against whom the verb says
                int verb = up.governor();
                s.children(verb).stream().filter(d -> d.baseRelation().startsWith("nsubj")).forEach(d -> sources.add(d.dependent()));
                if (targets.isEmpty()) {
                    prepositionalTarget(s, verb).stream().filter(i -> i != np).forEach(targets::add);
                }
            }
            if (up != null && up.governor() >= 0 && up.baseRelation().equals("obj")) {
                if (sources.isEmpty()) {
                    for (Dependency d : s.children(up.governor())) {
                        if (d.relation().equals("nsubj") || CO_ACTOR_RELATIONS.contains(d.relation())) {
                            sources.add(d.dependent()); // "Russia provided support alongside Egypt"
                        }
                    }
                    if (sources.isEmpty()) {
                        sources.addAll(Clauses.inheritedSubject(s, up.governor()));
                    }
                }
                List<Integer> recipients = new ArrayList<>();
                for (Dependency d : s.children(up.governor())) {
                    if (d.relation().equals("iobj") || d.relation().equals("obl:to")) {
                        recipients.add(d.dependent()); // "gave Chad 5 million dollars of aid", "sent aid to Chad"
                    } else if (entry.mediation() && (d.relation().equals("obl:between") || d.relation().equals("obl:among"))) {
                        recipients.add(d.dependent()); // "launched a mediation effort on Saturday between X and Y"
                    }
                }
                targets.addAll(0, recipients);
            }
            if (targets.isEmpty() && entry.mediation()) {
                // the parties a mediation is between, wherever the parser hung the "between" phrase
                targets.addAll(betweenAfter(s, head));
            }
            pattern = Predicate.Form.NOUN;
        }
        List<ActorRef> source = refs(doc, s, withConjuncts(s, sources));
        List<Integer> targetHeads = withConjuncts(s, targets);
        List<ActorRef> sourceParties = source;
        // "Israel strengthened its forces in Lebanon": the source's own forces are not its target
        targetHeads.removeIf(h -> ownedBy(doc, s, h, sourceParties));
        List<ActorRef> target = refs(doc, s, targetHeads);
        if (target.stream().noneMatch(r -> r.actorId() != null)) {
            target = withActorFromModifiers(doc, s, head, targets, target);
        }
        if (entry.type() == EventType.PROTEST && target.stream().noneMatch(r -> r.actorId() != null)) {
            target = withProtestAim(doc, s, head, source, target);
        }
        if (source.isEmpty() && target.isEmpty()) {
            return null;
        }
        Mention trigger = new Mention(t.word(), t.span());
        ActorRef attribution = attribution(doc, t.span());
        Event.Modality modality = modality(s, head, attribution != null);
        EventType type = entry.type();
        List<String> trace = new ArrayList<>(List.of(entry.row()));
        trace.addAll(found.trace());
        EventType stated = statedIntent(s, head, type, modality, attribution != null);
        if (stated != null) {
            // the event coded is the statement of intent; the predicate's entry keeps what was intended
            trace.add("event.type.stated-intent");
            type = stated;
            modality = attribution != null ? Event.Modality.REPORTED : Event.Modality.ASSERTED;
        }
        if (attribution != null && obliged(s, head) && !source.isEmpty()
                && source.stream().noneMatch(r -> r.actorId() != null && r.actorId().equals(attribution.actorId()))) {
            // "Kenya said Uganda must withdraw": what the speaker says another must do is his demand on them
            trace.add("event.type.obligation");
            type = EventType.REQUEST;
            target = source;
            source = List.of(attribution);
            modality = Event.Modality.REPORTED;
        }
        if (type == EventType.THREATEN && target.stream().noneMatch(r -> r.actorId() != null)) {
            // "threatened to strike unless Israel rescinded the annexation": a threat is aimed at
            // whoever the condition asks to act
            List<ActorRef> conditioned = refs(doc, s, withConjuncts(s, conditionSubjects(s, head)));
            if (conditioned.stream().anyMatch(r -> r.actorId() != null)) {
                target = conditioned;
            }
        }
        // a nominal event is negated with the verb that presents it: "failed to reach an agreement"
        boolean negated = negated(s, head) || Clauses.of(s, head) != head && negated(s, Clauses.of(s, head));
        boolean promisedNot = negated && stated == EventType.AGREE;
        if (negated && (type == EventType.AGREE || type == EventType.CONCEDE) && failedTo(s, head) || promisedNot) {
            // failing or declining to agree or to yield, or saying one will not ("would not meet the
            // demands"): PLOVER codes the refusal itself, a REJECT (a plain "did not sign" stays a
            // negated AGREE)
            trace.add("event.type.refusal");
            type = EventType.REJECT;
            negated = false;
        }
        Predicate predicate = new Predicate(entry.entry(), entry.lemma(), pattern);
        return new Event(type, entry.mode(), entry.cameo(), negated, source, target, null, null, s.span(), trigger, predicate, attribution,
                modality, trace);
    }

    /** Two events of one sentence with the same type, source and negation: "threatened to strike" coded twice. */
    private static boolean sameStatement(Event a, Event b) {
        return a.sentence().equals(b.sentence()) && a.type() == b.type() && a.negated() == b.negated()
                && a.source().stream().map(ActorRef::name).toList().equals(b.source().stream().map(ActorRef::name).toList())
                && (a.tracedBy("event.type.stated-intent") || b.tracedBy("event.type.stated-intent"));
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


    /** Verbs of calling someone in, whose "to" clause is the caller's purpose, not the one called's act. */
    private static final Set<String> SUMMONING = Set.of("summon", "convoke");

    /**
     * The verb clause {@code head} is the purpose of ("sent personnel to Bosnia to investigate"), or
     * -1; the parser reads "summoned the ambassador to protest" as the ambassador's complement, but
     * the protest is the summoner's.
     */
    private static int purposeOf(Sentence s, int head) {
        Dependency up = s.parentOf(head);
        if (up == null || up.governor() < 0 || !Clauses.marker(s, head, "to")) {
            return -1;
        }
        return up.baseRelation().equals("advcl") || up.baseRelation().equals("xcomp") && summons(s, up.governor()) ? up.governor() : -1;
    }

    private static boolean summons(Sentence s, int verb) {
        return SUMMONING.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT));
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

    /**
     * The subjects of the "unless" or "if" clauses that condition the event: on the event's clause,
     * its complements ("threatened to strike unless X ...") or the clauses it is a complement of.
     */
    private static List<Integer> conditionSubjects(Sentence s, int head) {
        List<Integer> clauses = new ArrayList<>();
        for (Dependency d : s.children(Clauses.of(s, head))) {
            if (d.baseRelation().equals("xcomp")) {
                clauses.add(d.dependent());
            }
        }
        clauses.addAll(Clauses.chain(s, head));
        List<Integer> out = new ArrayList<>();
        for (int c : clauses) {
            for (Dependency d : s.children(c)) {
                if (d.baseRelation().equals("advcl") && (Clauses.marker(s, d.dependent(), "unless") || Clauses.marker(s, d.dependent(), "if"))) {
                    s.children(d.dependent()).stream().filter(x -> x.relation().equals("nsubj")).forEach(x -> out.add(x.dependent()));
                }
            }
        }
        return out;
    }

    /** Whether the event's clause is conditioned by "unless" ("will withdraw unless X agrees"). */
    private static boolean ultimatum(Sentence s, int head) {
        return Clauses.chainHas(s, head, d -> d.baseRelation().equals("advcl") && Clauses.marker(s, d.dependent(), "unless"));
    }




    /**
     * When what the predicate acts on is not an actor ("lifted the curfew in Montenegro",
     * "extradited the suspect to Britain"), the actor a prepositional modifier of the object or of
     * the predicate names is the party affected; it is added to the targets. It may be the source's
     * own country: a government's concession at home is coded so in PLOVER.
     */
    private static List<ActorRef> withActorFromModifiers(Document doc, Sentence s, int head, List<Integer> objects,
            List<ActorRef> target) {
        List<Integer> modifiers = new ArrayList<>();
        List<Integer> predicates = new ArrayList<>(List.of(head));
        if (purposeOf(s, head) >= 0) {
            predicates.add(purposeOf(s, head)); // "sent personnel to Bosnia to investigate ...": where they were sent
        }
        for (int o : objects) {
            for (Dependency d : s.children(o)) {
                if (d.relation().startsWith("nmod:") && MODIFIER_PREPOSITIONS.contains(d.relation().substring(5))) {
                    modifiers.add(d.dependent());
                }
            }
            Dependency up = s.parentOf(o);
            if (up != null && up.governor() >= 0 && up.governor() != head && !predicates.contains(up.governor())) {
                predicates.add(up.governor()); // "threatened to cut off power to X": the complement's verb
            }
        }
        for (int p : predicates) {
            for (Dependency d : s.children(p)) {
                if (d.relation().startsWith("obl:") && MODIFIER_PREPOSITIONS.contains(d.relation().substring(4))) {
                    modifiers.add(d.dependent());
                }
            }
        }
        List<ActorRef> out = new ArrayList<>(target);
        for (ActorRef r : refs(doc, s, withConjuncts(s, modifiers))) {
            if (r.actorId() != null && out.stream().noneMatch(x -> r.actorId().equals(x.actorId()))) {
                out.add(r);
            }
        }
        return out;
    }

    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("in", "to", "against", "for", "from", "on", "of", "inside",
            "with"); // "shared intelligence with Uganda"

    /** Obliques that add co-actors to the subject: "X, along with Y, backs Z", "X backs Z alongside Y". */
    private static final Set<String> CO_ACTOR_RELATIONS = Set.of("obl:along_with", "obl:together_with", "obl:alongside");

    private static final Set<String> HYPHEN_PREFIX_RELATIONS = Set.of("obl", "dep", "compound", "nmod", "amod", "nsubj", "advmod");


    /** A past participle with a "by" agent and no auxiliary: a passive, whatever the parser called its subject. */
    private static boolean isReducedPassive(Sentence s, int head) {
        if (!s.tokens().get(head).pos().equals("VBN")) {
            return false;
        }
        boolean agent = false;
        for (Dependency d : s.children(head)) {
            if (d.relation().startsWith("aux")) {
                return false;
            }
            agent |= d.relation().equals("obl:by") || d.relation().equals("obl:agent");
        }
        return agent;
    }

    private static List<Integer> prepositionalTarget(Sentence s, int head) {
        for (String prep : TARGET_PREPOSITIONS) {
            for (Dependency d : s.children(head)) {
                if (d.relation().equals("obl:" + prep) && !isTimeWord(s.tokens().get(d.dependent()))) {
                    return List.of(d.dependent()); // "agreed on Saturday" names no party
                }
            }
        }
        return List.of();
    }




    /**
     * "With the signing of an accord on X, the government and the rebels have agreed": a verb left
     * with no subject when the parser reads the noun phrases before it as an apposition or a
     * coordinate of the last noun of a fronted phrase ("X, the government and the rebels"). They
     * are the subject when they follow a comma, end right before the verb (its auxiliaries and
     * negation aside) and hang inside a prepositional phrase of the verb itself.
     */
    private static List<Integer> appositionReadForSubject(Sentence s, int head) {
        int before = head - 1;
        for (Dependency up = s.parentOf(before); up != null && up.governor() == head && (up.baseRelation().startsWith("aux")
                || NEGATORS.contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT))); up = s.parentOf(before)) {
            before--;
        }
        for (Dependency fronted : s.children(head)) {
            if (fronted.dependent() >= head || !fronted.baseRelation().equals("obl")) {
                continue;
            }
            for (int node : s.subtree(fronted.dependent())) {
                Dependency up = s.parentOf(node);
                String rel = up.baseRelation();
                if (!rel.equals("appos") && !rel.equals("conj") || !s.tokens().get(node).pos().startsWith("NN")) {
                    continue;
                }
                int first = s.subtree(node).get(0);
                if (first == 0 || !s.tokens().get(first - 1).word().equals(",")) {
                    continue;
                }
                List<Integer> phrase = new ArrayList<>(List.of(node));
                if (rel.equals("conj")) {
                    s.children(up.governor()).stream().filter(d -> d.dependent() > node && d.baseRelation().equals("conj"))
                            .forEach(d -> phrase.add(d.dependent()));
                }
                List<Integer> last = s.subtree(phrase.get(phrase.size() - 1));
                if (last.get(last.size() - 1) == before) {
                    return phrase;
                }
            }
        }
        return List.of();
    }

    private static List<Integer> withConjuncts(Sentence s, List<Integer> heads) {
        List<Integer> out = new ArrayList<>();
        for (int head : heads) {
            int h = antecedent(s, head);
            out.add(h);
            for (Dependency d : s.children(h)) {
                if (d.relation().startsWith("conj")) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /** "Turkey, which backs X": a relative pronoun stands for the noun its clause modifies. */
    private static int antecedent(Sentence s, int index) {
        String w = s.tokens().get(index).word().toLowerCase(Locale.ROOT);
        if (!w.equals("which") && !w.equals("who") && !w.equals("that")) {
            return index;
        }
        Dependency up = s.parentOf(index);
        if (up == null || up.governor() < 0) {
            return index;
        }
        Dependency clause = s.parentOf(up.governor());
        if (clause != null && clause.governor() >= 0 && clause.relation().startsWith("acl:relcl")) {
            return clause.governor();
        }
        // "..., against the Kenyan president, who has vowed ...", its clause hung elsewhere by the parser: a
        // "who" or "which" right after a comma stands for the noun before the comma
        boolean afterNoun = index >= 2 && s.tokens().get(index - 1).word().equals(",") && s.tokens().get(index - 2).isNoun();
        return afterNoun && !w.equals("that") ? index - 2 : index;
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

    /** Each argument head resolves to the actor named there, or to its noun phrase when none is. */
    private static List<ActorRef> refs(Document doc, Sentence s, List<Integer> heads) {
        List<ActorRef> out = new ArrayList<>();
        for (int h : heads) {
            if (isTimeWord(s.tokens().get(h))) {
                continue; // "agreed on Saturday", "the June 2 accord": a date is never a party
            }
            if (s.tokens().get(h).isVerb()) {
                continue; // "the hype about trying to suspend rights": an act is no party
            }
            h = partitive(s, h);
            Span phrase = Phrases.core(s, h, ACTING_PARTICIPLES);
            Actor actor = doc.actorAt(phrase);
            if (actor == null) {
                // "forces loyal to X", "the army of X": the actor may be named inside the phrase
                actor = nearestActorIn(doc, s, h, Phrases.full(s, h, ACTING_PARTICIPLES));
            }
            if (actor == null) {
                actor = antecedent(doc, s, h);
            }
            ActorRef ref = actor != null
                    ? new ActorRef(actor.name(), actor.id(), actor.country(), actor.sector(), phrase)
                    : new ActorRef(phrase.of(doc.text()), null, null, null, phrase);
            if (out.stream().noneMatch(r -> r.actorId() != null && r.actorId().equals(ref.actorId()))) {
                out.add(ref);
            }
        }
        return out;
    }

    /** Words for a share of a group: "one third of the guerrillas", "dozens of protesters", "most of the troops". */
    private static final Set<String> SHARES = Set.of("half", "third", "quarter", "fifth", "tenth", "part", "majority", "minority",
            "most", "many", "some", "all", "few", "several", "none", "rest", "dozens", "scores", "hundreds", "thousands",
            "tens", "millions", "number", "group", "handful");

    /** The group a share of it stands for: "One third of ethnic guerrillas" is the guerrillas' act. */
    private static int partitive(Sentence s, int h) {
        Token t = s.tokens().get(h);
        if (!t.pos().equals("CD") && !SHARES.contains(t.word().toLowerCase(Locale.ROOT))) {
            return h;
        }
        for (Dependency d : s.children(h)) {
            if (d.relation().equals("nmod:of")) {
                return partitive(s, d.dependent()); // "tens of thousands of students"
            }
        }
        return h;
    }

    /** Whether the phrase at {@code h} is one of the sources' own: "its forces" after "Israel". */
    private static boolean ownedBy(Document doc, Sentence s, int h, List<ActorRef> source) {
        boolean possessivePronoun = s.children(h).stream().anyMatch(d -> d.relation().equals("nmod:poss")
                && s.tokens().get(d.dependent()).pos().equals("PRP$"));
        if (!possessivePronoun) {
            return false;
        }
        ActorRef r = refs(doc, s, List.of(h)).get(0);
        return r.actorId() != null && source.stream().anyMatch(x -> r.actorId().equals(x.actorId()));
    }

    /**
     * A protest aimed at no party its predicate names is aimed at the one its purpose names:
     * "blocked a road to show their anger at the United States' policies", "a hunger strike in
     * protest against violations by the security forces", "marched, demanding that Kenya ...".
     * The actor named nearest in the purpose clause, other than the protesters themselves.
     */
    private static List<ActorRef> withProtestAim(Document doc, Sentence s, int head, List<ActorRef> source, List<ActorRef> target) {
        java.util.Set<String> own = new java.util.HashSet<>();
        source.forEach(r -> own.add(r.actorId()));
        int clause = Clauses.of(s, head);
        for (Dependency d : s.children(clause)) {
            int node = d.dependent();
            boolean purpose = d.baseRelation().equals("advcl") && (Clauses.marker(s, node, "to") || s.tokens().get(node).pos().equals("VBG"))
                    || d.baseRelation().equals("xcomp") && Clauses.marker(s, node, "to");
            boolean inProtest = d.relation().equals("obl:in") && s.tokens().get(node).lemma().equalsIgnoreCase("protest");
            if (!purpose && !inProtest) {
                continue;
            }
            int at = nearestActorToken(doc, s, node, Phrases.full(s, node, ACTING_PARTICIPLES), own);
            if (at >= 0) {
                List<ActorRef> out = new ArrayList<>(target);
                out.addAll(refs(doc, s, List.of(at)));
                return out;
            }
        }
        return target;
    }

    /**
     * The actor named closest to the head, in dependency steps, within its phrase: "talks with
     * Kenya about the dispute between al-Shabaab and the Somali president's party" are Kenya's, not the
     * longest name deep inside it. Null when no actor is named in the phrase.
     */
    private static Actor nearestActorIn(Document doc, Sentence s, int head, Span phrase) {
        int at = nearestActorToken(doc, s, head, phrase, java.util.Set.of());
        return at < 0 ? null : doc.actorAt(s.tokens().get(at).span());
    }

    /** The token of {@link #nearestActorIn}, skipping the actors {@code excluded}; -1 when none. */
    private static int nearestActorToken(Document doc, Sentence s, int head, Span phrase, java.util.Set<String> excluded) {
        List<Integer> level = List.of(head);
        java.util.Set<Integer> seen = new java.util.HashSet<>(level);
        while (!level.isEmpty()) {
            int best = -1;
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                Span span = s.tokens().get(node).span();
                if (span.start() >= phrase.start() && span.end() <= phrase.end()) {
                    Actor a = doc.actorAt(span);
                    if (a != null && !excluded.contains(a.id()) && (best < 0 || node < best)) {
                        best = node;
                    }
                }
                for (Dependency d : s.children(node)) {
                    if (seen.add(d.dependent())) {
                        next.add(d.dependent());
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            level = next;
        }
        return -1;
    }

    /** Personal pronouns and the actor types they can name ("they" a group, a state or an organisation, not one person). */
    private static final java.util.Map<String, java.util.Set<ActorType>> PRONOUN_TYPES = java.util.Map.of(
            "he", java.util.EnumSet.of(ActorType.PERSON), "she", java.util.EnumSet.of(ActorType.PERSON),
            "him", java.util.EnumSet.of(ActorType.PERSON), "her", java.util.EnumSet.of(ActorType.PERSON),
            "it", java.util.EnumSet.of(ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP),
            "they", java.util.EnumSet.of(ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP),
            "them", java.util.EnumSet.of(ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP),
            // possessors of nominal events: "their withdrawal", "its offensive", "his resignation"
            "their", java.util.EnumSet.of(ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP),
            "its", java.util.EnumSet.of(ActorType.ORGANIZATION, ActorType.COUNTRY, ActorType.GROUP),
            "his", java.util.EnumSet.of(ActorType.PERSON));
    /** How many sentences back a pronoun's antecedent is looked for (its own sentence included). */
    static final int ANTECEDENT_SENTENCES = 2;

    /**
     * The actor a personal pronoun argument names: the latest actor of a fitting type mentioned before
     * it in its sentence ("The rebels said they would release ..."), else the subject of one of the
     * {@value #ANTECEDENT_SENTENCES} sentences before (the nearest first), else the latest actor of a
     * fitting type there. Null for other words, or when no such actor is near.
     */
    private static Actor antecedent(Document doc, Sentence s, int h) {
        Token t = s.tokens().get(h);
        java.util.Set<ActorType> types = PRONOUN_TYPES.get(t.word().toLowerCase(Locale.ROOT));
        if (types == null || !t.pos().startsWith("PRP")) {
            return null;
        }
        Dependency role = s.parentOf(h);
        Dependency clauseUp = role == null || role.governor() < 0 ? null : s.parentOf(role.governor());
        if (clauseUp != null && clauseUp.governor() >= 0 && role.baseRelation().startsWith("nsubj")) {
            Actor bound = subjectAbove(doc, s, clauseUp.governor(), types);
            if (bound != null) {
                return bound; // "Okoro refused to meet Berg, saying she would ...": she is Okoro
            }
        }
        Actor here = doc.latestActorBetween(s.span().start(), t.span().start(), types);
        Actor ownSubject = role != null && role.governor() >= 0 && role.baseRelation().equals("obj")
                ? subjectAbove(doc, s, role.governor(), types) : null;
        if (here != null && here.equals(ownSubject)) {
            // "she would only receive him": an object pronoun is not its own clause's subject
            here = doc.latestActorBetween(s.span().start(), t.span().start(), types, here);
        }
        if (here != null) {
            return here; // "Kenya said it would ..."
        }
        if (types.contains(ActorType.PERSON)) {
            Actor described = describedSubject(doc, s, h);
            if (described != null) {
                return described; // "A senior Kenyan minister repeated ... as he left for Kampala"
            }
        }
        List<Sentence> all = doc.annotation().sentences();
        for (int k = 1; k <= ANTECEDENT_SENTENCES && s.index() - k >= 0 && s.index() - k < all.size(); k++) {
            Sentence p = all.get(s.index() - k);
            // the subject of an earlier sentence is what a pronoun subject most often continues
            for (Dependency d : p.dependencies()) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                    Actor a = doc.actorAt(p.tokens().get(d.dependent()).span());
                    if (a != null && types.contains(a.type())) {
                        return a;
                    }
                }
            }
            Actor latest = doc.latestActorBetween(p.span().start(), p.span().end(), types);
            if (latest != null) {
                return latest;
            }
        }
        return null;
    }

    /**
     * The actor of the nearest subject of a fitting type on the clauses from {@code clause} up (four
     * levels), resolving a pronoun subject in turn: the speaker whose clause a pronoun subject sits
     * in is who it most often stands for. Null when none of those subjects is such an actor.
     */
    private static Actor subjectAbove(Document doc, Sentence s, int clause, java.util.Set<ActorType> types) {
        for (int node = clause, depth = 0; node >= 0 && depth < 4; depth++) {
            for (Dependency d : s.children(node)) {
                if (d.baseRelation().startsWith("nsubj")) {
                    Token subject = s.tokens().get(d.dependent());
                    Actor a = doc.actorAt(subject.span());
                    if (a == null && PRONOUN_TYPES.containsKey(subject.word().toLowerCase(Locale.ROOT))) {
                        a = antecedent(doc, s, d.dependent());
                    }
                    if (a != null && types.contains(a.type())) {
                        return a;
                    }
                }
            }
            Dependency up = s.parentOf(node);
            node = up == null ? -1 : up.governor();
        }
        return null;
    }

    /**
     * The actor of a person the sentence describes rather than names, as subject of a clause that
     * holds pronoun {@code h}: a singular common noun before it whose phrase names a state or group
     * ("a senior British minister": the United Kingdom). Null when there is none.
     */
    private static Actor describedSubject(Document doc, Sentence s, int h) {
        for (Dependency up = s.parentOf(h); up != null && up.governor() >= 0; up = s.parentOf(up.governor())) {
            for (Dependency d : s.children(up.governor())) {
                int n = d.dependent();
                if (d.relation().equals("nsubj") && n < h && s.tokens().get(n).pos().equals("NN")) {
                    Actor a = nearestActorIn(doc, s, n, Phrases.full(s, n, ACTING_PARTICIPLES));
                    if (a != null) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "yesterday", "tomorrow", "tonight", "day", "week", "month", "year", "morning",
            "evening", "night", "weekend", "hour");

    /** A proper-noun weekday or month, or a common time noun ("week", "night"), as an argument head. */
    private static boolean isTimeWord(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!TIME_WORDS.contains(w) && !TIME_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "May" and "March" are also names and verbs: only as a proper noun followed by a day or alone
        return !(w.equals("may") || w.equals("march")) || t.pos().startsWith("NNP");
    }





    private static boolean isCapitalized(Sentence s, int index) {
        return Character.isUpperCase(s.tokens().get(index).word().charAt(0));
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
