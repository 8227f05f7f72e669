package org.argus.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argus.words.Lines;

/**
 * The ordered rules of one part of a stage, the order being data: a chain file lists one rule id a
 * line, in the order they run; {@code a | b | c} on one line is a group of alternatives, of which only
 * the first that fires runs (as CoreNLP's attribution sieves stop at the first that attributes).
 * Running the chain on an item appends the id of each rule that fired to the item's trace.
 * Immutable and thread-safe when its rules are.
 *
 * @param <C> the item type
 */
public final class Chain<C> {
    private final String name;
    private final List<List<Rule<C>>> steps;

    private Chain(String name, List<List<Rule<C>>> steps) {
        this.name = name;
        this.steps = steps;
    }

    /**
     * The chain listed in classpath resource {@code resource}, its ids looked up in {@code rules};
     * an unknown or repeated id fails naming the file and line.
     */
    public static <C> Chain<C> load(String resource, Map<String, ? extends Rule<C>> rules) {
        List<List<Rule<C>>> steps = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Lines.Line line : Lines.resource(resource)) {
            List<Rule<C>> group = new ArrayList<>();
            for (String id : line.text().split("\\|")) {
                String key = id.strip();
                Rule<C> rule = rules.get(key);
                if (rule == null) {
                    throw new IllegalStateException(line.where() + ": no rule with id '" + key + "'");
                }
                if (seen.put(key, line.where()) != null) {
                    throw new IllegalStateException(line.where() + ": rule '" + key + "' is already in the chain");
                }
                group.add(rule);
            }
            steps.add(List.copyOf(group));
        }
        return new Chain<>(resource, List.copyOf(steps));
    }

    /** A chain of {@code rules} in the order given, each a step of its own (for tests and small stages). */
    @SafeVarargs
    public static <C> Chain<C> of(Rule<C>... rules) {
        List<List<Rule<C>>> steps = new ArrayList<>();
        for (Rule<C> r : rules) {
            steps.add(List.of(r));
        }
        return new Chain<>("inline", List.copyOf(steps));
    }

    /** Runs the rules in order on {@code item}, appending the id of each that fired to {@code trace}. */
    public void run(C item, List<String> trace) {
        for (List<Rule<C>> step : steps) {
            for (Rule<C> rule : step) {
                if (rule.apply(item)) {
                    trace.add(rule.id());
                    break;
                }
            }
        }
    }

    /** The ids in chain order (a group's members in their order). */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        steps.forEach(step -> step.forEach(r -> out.add(r.id())));
        return out;
    }

    @Override
    public String toString() {
        return "Chain[" + name + ": " + ids() + "]";
    }
}
