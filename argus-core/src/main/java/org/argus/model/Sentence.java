package org.argus.model;

import java.util.ArrayList;
import java.util.List;

/** One sentence with its tokens and dependency parse. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** Dependencies whose governor is token {@code head}. */
    public List<Dependency> children(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == head) {
                out.add(d);
            }
        }
        return out;
    }

    /** The dependency that attaches token {@code dependent} to its head, or null for none. */
    public Dependency parentOf(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                return d;
            }
        }
        return null;
    }

    /** Index of the root token, or -1 when the parse has none. */
    public int root() {
        for (Dependency d : dependencies) {
            if (d.governor() < 0) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** Token indices of the subtree under {@code head}, in sentence order, head included. */
    public List<Integer> subtree(int head) {
        boolean[] in = new boolean[tokens.size()];
        collect(head, in, 0);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                out.add(i);
            }
        }
        return out;
    }

    private void collect(int node, boolean[] in, int depth) {
        if (node < 0 || node >= in.length || in[node] || depth > tokens.size()) {
            return;
        }
        in[node] = true;
        for (Dependency d : children(node)) {
            collect(d.dependent(), in, depth + 1);
        }
    }
}
