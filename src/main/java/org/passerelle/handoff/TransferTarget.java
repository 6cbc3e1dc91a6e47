package org.passerelle.handoff;

/** Where an agent hands a conversation they hold: see {@link HandoffService#transfer}. */
public sealed interface TransferTarget {

    /** A named colleague, who takes it over as it is. */
    record Colleague(String agent) implements TransferTarget {
    }

    /** The remote team: back into the queue in its original place, offered to the remote desks at once. */
    record RemoteTeam() implements TransferTarget {
    }

    static TransferTarget colleague(String agent) {
        return new Colleague(agent);
    }

    static TransferTarget remoteTeam() {
        return new RemoteTeam();
    }
}
