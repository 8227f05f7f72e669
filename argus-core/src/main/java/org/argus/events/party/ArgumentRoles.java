package org.argus.events.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argus.events.EventDraft;
import org.argus.events.TimeWords;
import org.argus.model.Dependency;
import org.argus.model.Sentence;
import org.argus.words.Lines;

/**
 * The argument roles of a predicate's dependents, as data: the table {@code events/roles.tsv} maps a
 * dependency relation to a role (the subject is a source, the object a target, "talks between X and
 * Y" have X and Y as parties, ...). The pass goes over the predicate's dependents in parse order (a
 * noun's and its carrier's), each taken by the row of its relation, or by a class where the argument
 * needs a tree walk ({@link HyphenlessRuled} for a clausal subject); each row or class that takes one
 * is traced once. The {@code prepositional} rows, in file order, give a verb's target of last resort.
 * A bad row fails the load naming its line. Immutable and thread-safe.
 */
public final class ArgumentRoles {
    static final String RESOURCE = "/org/argus/events/roles.tsv";

    /** A verb's first prepositional argument and the row that found it. */
    record Found(String row, List<Integer> heads) {
    }

    private final Map<String, Role> verbRoles = new HashMap<>();
    private final Map<String, Role> nounRoles = new HashMap<>();
    private final List<RoleRow> prepositional = new ArrayList<>();
    private final String resource;

    ArgumentRoles(TimeWords time, HyphenlessRuled clausalSubject) {
        this(RESOURCE, time, clausalSubject);
    }

    /** The roles of table {@code resource}; a bad row fails naming its file and line. */
    ArgumentRoles(String resource, TimeWords time, HyphenlessRuled clausalSubject) {
        this.resource = resource;
        Set<String> ids = new HashSet<>();
        for (Lines.Line line : Lines.resource(resource)) {
            String[] f = line.fields();
            if (f.length != 5) {
                throw new IllegalStateException(line.where() + ": expected 5 tab-separated fields (id, form, relation, role, condition)");
            }
            RoleRow row;
            try {
                if (!f[1].equals("verb") && !f[1].equals("noun")) {
                    throw new IllegalArgumentException("form must be verb or noun, not '" + f[1] + "'");
                }
                row = new RoleRow(f[0], f[1].equals("verb"), f[2], RoleRow.Kind.of(f[3]), RoleRow.Condition.of(f[4]), time);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(line.where() + ": " + e.getMessage(), e);
            }
            if (!ids.add(row.id())) {
                throw new IllegalStateException(line.where() + ": row id " + row.id() + " is already used");
            }
            if (row.role() == RoleRow.Kind.PREPOSITIONAL) {
                prepositional.add(row);
            } else if ((row.verb() ? verbRoles : nounRoles).put(row.relation(), row) != null) {
                throw new IllegalStateException(line.where() + ": relation " + row.relation() + " already has a role");
            }
        }
        verbRoles.put("csubj", clausalSubject);
    }

    /** Puts the predicate's dependents into their roles, tracing each row or class that took one. */
    public void assign(EventDraft d) {
        Map<String, Role> roles = d.verb() ? verbRoles : nounRoles;
        List<Dependency> dependents = d.verb() ? d.sentence.children(d.head) : d.arguments;
        List<String> traced = new ArrayList<>(4);
        for (Dependency dep : dependents) {
            Role role = roles.get(dep.relation());
            if (role != null && role.take(d, dep) && !traced.contains(role.id())) {
                traced.add(role.id());
                d.trace.add(role.id());
            }
        }
    }

    /**
     * The first argument of verb {@code head} attached by a {@code prepositional} row, rows in file
     * order, that is no date or time ("agreed on Saturday" names no party); null when there is none.
     */
    Found prepositional(Sentence s, int head) {
        List<Dependency> children = s.children(head);
        for (RoleRow row : prepositional) {
            for (Dependency d : children) {
                if (d.relation().equals(row.relation()) && row.accepts(s.tokens().get(d.dependent()))) {
                    return new Found(row.id(), List.of(d.dependent()));
                }
            }
        }
        return null;
    }

    /** The ids of the table's rows, in file order. */
    List<String> rowIds() {
        List<String> out = new ArrayList<>();
        for (Lines.Line line : Lines.resource(resource)) {
            out.add(line.fields()[0]);
        }
        return out;
    }
}
