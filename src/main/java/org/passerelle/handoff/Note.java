package org.passerelle.handoff;

import java.time.Instant;

/** An agent's private note on a help request. */
public record Note(String author, String text, Instant at) {
}
