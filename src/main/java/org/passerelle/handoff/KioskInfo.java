package org.passerelle.handoff;

/** A registered kiosk, as shown to agents: "Kiosk 3 — Main library, ground floor". */
public record KioskInfo(String id, String name, String location) {
}
