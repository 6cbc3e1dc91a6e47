package org.passerelle.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-in attempts, in memory, with Bucket4j token buckets (thresholds: {@link LoginSettings}):
 * <ul>
 * <li>per account and client: the guesses against one account from one machine;</li>
 * <li>per client: one machine trying many accounts;</li>
 * <li>per account: many machines trying one account. Past this limit only a client that has not failed on the account
 * yet may still try it: an attacker who spreads guesses over many addresses slows down to one try per new address,
 * and the agent at their own desk can still sign in.</li>
 * </ul>
 * A refusal is a temporary wait, never a lock an administrator must lift: attempts come back as the buckets refill.
 * A successful sign-in forgets the failures of that account from that client. Each limit reached is audited once,
 * when it is reached ({@link SecurityAudit#SIGN_IN_LOCKED}).
 *
 * <p>In memory on purpose: one server, and a restart that forgets the counts costs an attacker a restart they cannot
 * cause. Several servers behind a balancer would each count on their own (Bucket4j has distributed back ends).
 */
@Component
public class LoginThrottle {

    /** Which limit refused an attempt. */
    public enum Limit { ACCOUNT_AND_CLIENT, CLIENT, ACCOUNT }

    private final LoginSettings settings;
    private final SecurityAudit audit;
    private final TimeMeter time;
    private final Map<String, Bucket> pairs;
    private final Map<String, Bucket> clients;
    private final Map<String, Bucket> accounts;

    LoginThrottle(LoginSettings settings, SecurityAudit audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.pairs = bounded(settings.tracked());
        this.clients = bounded(settings.tracked());
        this.accounts = bounded(settings.tracked());
    }

    /** Whether this attempt may go ahead, or the limit that refuses it. */
    public Optional<Limit> check(String rawUsername, String client) {
        String account = UserService.normalize(rawUsername);
        Bucket pair = pairs.get(pair(account, client));
        if (pair != null && pair.getAvailableTokens() < 1) {
            return Optional.of(Limit.ACCOUNT_AND_CLIENT);
        }
        if (empty(clients, client)) {
            return Optional.of(Limit.CLIENT);
        }
        if (pair != null && empty(accounts, account)) {
            return Optional.of(Limit.ACCOUNT);
        }
        return Optional.empty();
    }

    /** A wrong username or password: counts against all three limits. */
    public void failed(String rawUsername, String client) {
        String account = UserService.normalize(rawUsername);
        take(pairs, pair(account, client), settings.pairMax(), settings.pairRefill(), account, client, Limit.ACCOUNT_AND_CLIENT);
        take(clients, client, settings.clientMax(), settings.clientRefill(), account, client, Limit.CLIENT);
        take(accounts, account, settings.accountMax(), settings.accountRefill(), account, client, Limit.ACCOUNT);
    }

    /** Signed in: the failures of this account from this client are forgotten (the other limits stay). */
    public void succeeded(String rawUsername, String client) {
        pairs.remove(pair(UserService.normalize(rawUsername), client));
    }

    private void take(Map<String, Bucket> buckets, String key, int max, Duration refill, String account, String client,
            Limit limit) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> bucket(max, refill));
        if (bucket.tryConsume(1) && bucket.getAvailableTokens() < 1) {
            audit.record(account, SecurityAudit.SIGN_IN_LOCKED, client, limit.name() + ": " + max + " failed attempts");
        }
    }

    private boolean empty(Map<String, Bucket> buckets, String key) {
        Bucket bucket = buckets.get(key);
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    private Bucket bucket(int max, Duration refill) {
        return Bucket.builder().addLimit(limit -> limit.capacity(max).refillGreedy(max, refill))
                .withCustomTimePrecision(time).build();
    }

    private static String pair(String account, String client) {
        return account + "\n" + client;
    }

    /** Least recently used first out, so that a flood of made-up usernames cannot grow the heap. */
    private static Map<String, Bucket> bounded(int max) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > max;
            }
        });
    }
}
