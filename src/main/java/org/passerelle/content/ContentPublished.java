package org.passerelle.content;

import org.passerelle.cluster.Broadcast;

/**
 * The published content changed: publication {@code revision} committed. Published in the publication's transaction;
 * it travels to the other instances, which read the knowledge base again from the database and put it in force
 * ({@link PublishedElsewhere}). The instance that published needs no event: it puts its new knowledge base in force
 * itself, once committed.
 */
public record ContentPublished(long revision) implements Broadcast {
}
