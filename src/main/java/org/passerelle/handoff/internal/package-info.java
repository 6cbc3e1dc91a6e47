/**
 * The routing engine: who is offered which waiting request, and what a kiosk may promise, as pure functions of
 * plain inputs (the sites' staffed state, the desks, the agents' presence, the queue and the time). No Spring, no
 * database: {@code HandoffService} gathers the inputs and acts on the answers.
 */
@NullMarked
package org.passerelle.handoff.internal;

import org.jspecify.annotations.NullMarked;
