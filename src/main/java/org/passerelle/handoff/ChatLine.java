package org.passerelle.handoff;

import java.time.Instant;

/** One line of a help request's conversation as stored (redacted), with when it was written. */
public record ChatLine(Speaker speaker, String text, Instant at) {
}
