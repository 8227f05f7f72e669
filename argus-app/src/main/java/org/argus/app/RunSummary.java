package org.argus.app;

/** What a run did: how many inputs were analysed and how many failed. */
public record RunSummary(int accepted, int rejected) {
    public boolean anyFailed() {
        return rejected > 0;
    }
}
