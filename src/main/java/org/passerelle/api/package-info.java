/**
 * The public API ({@code /api/v1}, issue 15): what other software and the web chat may ask of Passerelle, in JSON,
 * with {@code lang} everywhere and problem details (RFC 9457) for errors. Controllers only: each one calls the
 * feature that owns what it serves.
 */
@NullMarked
package org.passerelle.api;

import org.jspecify.annotations.NullMarked;
