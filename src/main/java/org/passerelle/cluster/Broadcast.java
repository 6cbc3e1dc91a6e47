package org.passerelle.cluster;

/**
 * An event the other instances hear too: written to the outbox in the transaction that publishes it (on its own when
 * published outside one) and relayed on every other instance as {@link Relayed}. Implement it on a record that JSON
 * can carry (its components), with nothing in it a screen of another instance could not be told.
 */
public interface Broadcast {
}
