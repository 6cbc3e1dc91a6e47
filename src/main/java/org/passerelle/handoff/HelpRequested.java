package org.passerelle.handoff;

import org.passerelle.knowledge.Language;

/** Published when a citizen asks for a person, so that queues on agents' screens can update. */
public record HelpRequested(long id, String kioskId, Language language, HelpReason reason) {
}
