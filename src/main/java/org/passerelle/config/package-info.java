/**
 * What the application and its commands share to start: binding settings outside Spring, the smallest application a
 * command needs for the database, the check that the HTTP port is free, and the web server's buffers for push
 * connections.
 */
@NullMarked
package org.passerelle.config;

import org.jspecify.annotations.NullMarked;
