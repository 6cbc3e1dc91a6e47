package org.passerelle.content;

import java.time.Instant;

/** Who did something to a guide version, and when. {@code by} is a username, or {@code system}/{@code cli:<user>}. */
public record Stamp(String by, Instant at) {
}
