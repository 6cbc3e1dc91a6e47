package org.passerelle.security;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security audit log: a row in {@code security_audit_event} and a WARN line, for the events an administrator
 * must be able to find afterwards (sign-in locked, demo accounts disabled). Rare by design: a lock is recorded once
 * when it starts, not for every refused attempt, so an attacker cannot fill the table or the database pool.
 */
@Service
public class SecurityAudit {

    /** A sign-in limit was reached: further attempts are refused for a while (detail: which limit). */
    public static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";
    /** A demo account with its published password was disabled on a start without the demo profile. */
    public static final String DEMO_ACCOUNT_DISABLED = "DEMO_ACCOUNT_DISABLED";

    /** The help requests of a kiosk or a client address reached their limit: more are refused for a while. */
    public static final String HELP_REQUESTS_LIMITED = "HELP_REQUESTS_LIMITED";
    /** An administrator issued a one-time enrolment code for a kiosk (detail: the kiosk). */
    public static final String KIOSK_CODE_ISSUED = "KIOSK_CODE_ISSUED";
    /** A browser was enrolled as a kiosk with a code (actor: the kiosk). */
    public static final String KIOSK_ENROLLED = "KIOSK_ENROLLED";
    /** An administrator revoked a kiosk's device secret (detail: the kiosk). */
    public static final String KIOSK_REVOKED = "KIOSK_REVOKED";
    /** Too many wrong enrolment codes from one client: more are refused for a while. */
    public static final String ENROLMENT_LOCKED = "ENROLMENT_LOCKED";

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

    private final SecurityAuditRepository events;
    private final Clock clock;

    SecurityAudit(SecurityAuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event in its own transaction, so that it stays even when the caller's work is rolled back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String rawActor, String action, @Nullable String rawClient, @Nullable String detail) {
        // what an attacker typed as a username must not forge log lines
        String actor = rawActor.replaceAll("\\p{Cntrl}", "?");
        String client = rawClient == null ? null : rawClient.replaceAll("\\p{Cntrl}", "?");
        log.warn("AUDIT {} actor={} client={} {}", action, actor, client, detail == null ? "" : detail);
        events.save(new SecurityAuditEvent(clock.instant(), actor, action, client, detail));
    }

    /** The actions recorded for {@code actor}, oldest first (tests and administrators). */
    @Transactional(readOnly = true)
    public List<String> actionsOf(String actor) {
        return events.findByActorOrderByIdAsc(actor).stream().map(SecurityAuditEvent::action).toList();
    }
}
