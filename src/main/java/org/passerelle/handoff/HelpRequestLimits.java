package org.passerelle.handoff;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.security.RateLimits;
import org.passerelle.security.SecurityAudit;
import org.passerelle.security.TokenBuckets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refuses a help request past the limits of {@link HelpLimitSettings}: per kiosk, and per client address (one machine
 * pretending to be many kiosks, or many requests through one kiosk's browser). Both limits are checked before either
 * is counted, so a refused request costs nothing. Reaching a limit is audited once ({@link
 * SecurityAudit#HELP_REQUESTS_LIMITED}); every refusal is a WARN line.
 *
 * <p>Counted where {@link RateLimits} says: in memory with one instance (what a restart forgets is a few minutes of
 * counts), in the database shared by every instance on PostgreSQL.
 */
@Component
class HelpRequestLimits {

    /** Which limit refused a request. */
    enum Limit { KIOSK, CLIENT }

    private static final Logger LOG = LoggerFactory.getLogger(HelpRequestLimits.class);

    private final TokenBuckets kiosks;
    private final TokenBuckets clients;
    private final SecurityAudit audit;

    HelpRequestLimits(HelpLimitSettings settings, SecurityAudit audit, RateLimits limits) {
        this.kiosks = limits.buckets("help-kiosk", settings.kioskMax(), settings.kioskRefill(), settings.tracked());
        this.clients = limits.buckets("help-client", settings.clientMax(), settings.clientRefill(), settings.tracked());
        this.audit = audit;
    }

    /**
     * Counts a request from {@code kiosk} (and {@code client}, when the request came from a browser), or says which
     * limit refuses it. Not atomic across the two limits: two requests at the same instant may both pass the check of a
     * bucket with one token left, and then one of them is refused by {@code take}. Either way nothing is over-counted.
     */
    Optional<Limit> take(String kiosk, @Nullable String client) {
        Optional<Limit> refused = kiosks.empty(kiosk) ? Optional.of(Limit.KIOSK)
                : client != null && clients.empty(client) ? Optional.of(Limit.CLIENT) : Optional.empty();
        if (refused.isEmpty()) {
            refused = counted(kiosks, kiosk, kiosk, client, Limit.KIOSK);
        }
        if (refused.isEmpty() && client != null) {
            refused = counted(clients, client, kiosk, client, Limit.CLIENT);
        }
        refused.ifPresent(limit -> LOG.warn("A help request from kiosk {} (client {}) was refused: over the {} limit",
                kiosk, client, limit));
        return refused;
    }

    /**
     * Counts a request of another channel than a kiosk ({@code channel} is its marker) from {@code client}, or says
     * that the per-client limit refuses it. There is no per-kiosk limit to take: one web chat serves many citizens.
     */
    Optional<Limit> takeClient(String channel, String client) {
        Optional<Limit> refused = counted(clients, client, channel, client, Limit.CLIENT);
        refused.ifPresent(limit -> LOG.warn("A help request from {} (client {}) was refused: over the {} limit",
                channel, client, limit));
        return refused;
    }

    private Optional<Limit> counted(TokenBuckets buckets, String key, String kiosk, @Nullable String client,
            Limit limit) {
        TokenBuckets.Take take = buckets.take(key);
        if (take == TokenBuckets.Take.LAST) {
            audit.record("kiosk:" + kiosk, SecurityAudit.HELP_REQUESTS_LIMITED, client,
                    limit.name() + ": " + buckets.max() + " help requests in " + buckets.refill());
        }
        return take.allowed() ? Optional.empty() : Optional.of(limit);
    }
}
