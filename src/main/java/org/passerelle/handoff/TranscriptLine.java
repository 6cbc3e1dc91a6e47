package org.passerelle.handoff;

import java.util.Objects;

/** One line of the conversation handed to a person: what the citizen typed, or what the kiosk answered. */
public record TranscriptLine(Speaker speaker, String text) {

    public TranscriptLine {
        Objects.requireNonNull(speaker);
        Objects.requireNonNull(text);
    }
}
