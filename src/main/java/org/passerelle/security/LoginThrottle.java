package org.passerelle.security;

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

    private final SecurityAudit audit;
    private final TokenBuckets pairs;
    private final TokenBuckets clients;
    private final TokenBuckets accounts;

    LoginThrottle(LoginSettings settings, SecurityAudit audit, RateLimits limits) {
        this.audit = audit;
        this.pairs = limits.buckets("sign-in-pair", settings.pairMax(), settings.pairRefill(), settings.tracked());
        this.clients = limits.buckets("sign-in-client", settings.clientMax(), settings.clientRefill(), settings.tracked());
        this.accounts = limits.buckets("sign-in-account", settings.accountMax(), settings.accountRefill(),
                settings.tracked());
    }

    /** Whether this attempt may go ahead, or the limit that refuses it. */
    public Optional<Limit> check(String rawUsername, String client) {
        String account = UserService.normalize(rawUsername);
        String pair = pair(account, client);
        if (pairs.empty(pair)) {
            return Optional.of(Limit.ACCOUNT_AND_CLIENT);
        }
        if (clients.empty(client)) {
            return Optional.of(Limit.CLIENT);
        }
        // only a client that has already failed on this account is held back by the account's limit
        if (pairs.known(pair) && accounts.empty(account)) {
            return Optional.of(Limit.ACCOUNT);
        }
        return Optional.empty();
    }

    /** A wrong username or password: counts against all three limits. */
    public void failed(String rawUsername, String client) {
        String account = UserService.normalize(rawUsername);
        take(pairs, pair(account, client), account, client, Limit.ACCOUNT_AND_CLIENT);
        take(clients, client, account, client, Limit.CLIENT);
        take(accounts, account, account, client, Limit.ACCOUNT);
    }

    /** Signed in: the failures of this account from this client are forgotten (the other limits stay). */
    public void succeeded(String rawUsername, String client) {
        pairs.forget(pair(UserService.normalize(rawUsername), client));
    }

    private void take(TokenBuckets buckets, String key, String account, String client, Limit limit) {
        if (buckets.take(key) == TokenBuckets.Take.LAST) {
            audit.record(account, SecurityAudit.SIGN_IN_LOCKED, client,
                    limit.name() + ": " + buckets.max() + " failed attempts");
        }
    }

    private static String pair(String account, String client) {
        return account + "\n" + client;
    }
}
