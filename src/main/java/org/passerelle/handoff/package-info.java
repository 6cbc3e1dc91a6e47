/**
 * Help from a person: help requests created at a kiosk, their place in the queue and their lifecycle.
 *
 * <p>The API is {@link org.passerelle.handoff.HandoffService} and its records; entities and repositories
 * are package-private. Everything stored here has been redacted first (see {@code privacy.Redactor}): an agent sees only what the
 * citizen typed and what the kiosk answered.
 */
@NullMarked
package org.passerelle.handoff;

import org.jspecify.annotations.NullMarked;
