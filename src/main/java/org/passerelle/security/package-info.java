/**
 * Who may do what: staff sign-in, roles and accounts. Citizens never sign in; every kiosk view and its layout
 * is {@code @AnonymousAllowed}.
 *
 * <p>The API:
 * <ul>
 * <li>{@link org.passerelle.security.Roles}: {@code AGENT}, {@code EDITOR}, {@code ADMIN}. A view declares who
 * may open it with {@code @RolesAllowed(Roles.AGENT)} ({@code jakarta.annotation.security}); a router layout
 * that such views use needs an access annotation too (Vaadin checks the layout and the view separately).
 * A view without any annotation is closed to everyone.</li>
 * <li>{@link org.passerelle.security.CurrentUser}: inject it in a view for the signed-in username, display name
 * and roles, and call {@link org.passerelle.security.CurrentUser#logout()} from a "Sign out" button (text:
 * {@code security.signOut}); it ends the session and returns to the login view.</li>
 * <li>{@link org.passerelle.security.UserService}: creates accounts (passwords of at least 12 characters, stored
 * as BCrypt hashes) and finds display names; {@link org.passerelle.security.AccountException} says what was
 * wrong. {@link org.passerelle.security.UserService#requireAdmin()} is the one admin check: every admin-only change,
 * in any feature, calls it first.</li>
 * <li>The {@code create-user} command ({@link org.passerelle.security.CreateUserCommand}) creates the first real
 * account; the {@code demo} profile ({@code application-demo.properties}) creates demo accounts at start-up.
 * Without either, no account exists and nobody can sign in.</li>
 * <li>{@link org.passerelle.security.LoginThrottle}: failed sign-ins limited per account and client, per client and
 * per account ({@link org.passerelle.security.LoginSettings}); {@link org.passerelle.security.SecurityAudit}: the
 * security audit log (table {@code security_audit_event}).</li>
 * </ul>
 * On a start without the demo profile, demo accounts that keep their published passwords are disabled
 * ({@code DemoAccountGuard}). The Spring Security configuration (CSRF on the login form, security headers, allowed
 * host names) and the login view at {@code /login} are in {@code security.ui}.
 * Accounts are in table {@code app_user} (migration {@code V2__users.sql}). This feature knows nothing of the
 * kiosk, help requests or the assistant.
 */
@NullMarked
package org.passerelle.security;

import org.jspecify.annotations.NullMarked;
