/**
 * What the application and its commands share to start: binding settings outside Spring, the smallest application a
 * command needs for the database, and the check that the HTTP port is free.
 */
@NullMarked
package org.passerelle.config;

import org.jspecify.annotations.NullMarked;
