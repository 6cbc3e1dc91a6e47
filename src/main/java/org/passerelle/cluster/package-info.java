/**
 * Several instances on one PostgreSQL database: what one instance does reaches the screens and caches of the others.
 * An event that must travel is marked {@link org.passerelle.cluster.Broadcast}; it is written to an outbox table in
 * the transaction that made the change and announced with PostgreSQL {@code NOTIFY}, which the database delivers at
 * commit. Every instance listens on a connection of its own and publishes what the others did as
 * {@link org.passerelle.cluster.Relayed}, which only screens and caches hear (never what stores or counts, so that
 * nothing is counted twice). A lost connection is caught up from the table when it comes back.
 *
 * <p>On the embedded H2 (one instance) the bus does nothing. It depends on no other feature: the features whose
 * events travel depend on it.
 */
@NullMarked
package org.passerelle.cluster;

import org.jspecify.annotations.NullMarked;
