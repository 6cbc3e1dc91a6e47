package org.passerelle.api;

import java.time.Duration;
import java.util.OptionalLong;
import org.passerelle.security.RateLimits;
import org.passerelle.security.TokenBuckets;
import org.springframework.stereotype.Component;

/**
 * The API's limits per client (its address as Tomcat sees it: the real client's behind a trusted proxy, as for the
 * sign-in and help-request limits), counted with the application's token buckets ({@link RateLimits}: in memory on
 * H2, shared by every instance on PostgreSQL). Questions have a bucket of their own, smaller: each one runs the
 * classifier, a read is a lookup. Sizes: {@link ApiSettings}.
 */
@Component
class ApiRateLimits {

    private final TokenBuckets reads;
    private final TokenBuckets answers;

    ApiRateLimits(ApiSettings settings, RateLimits limits) {
        this.reads = limits.buckets("api-read", settings.readMax(), settings.readRefill(), settings.tracked());
        this.answers = limits.buckets("api-answer", settings.answerMax(), settings.answerRefill(), settings.tracked());
    }

    /**
     * Counts one request of {@code client}; a question also counts against the questions' limit.
     *
     * @return empty when it may go ahead, else the seconds to wait before the next one may ({@code Retry-After}):
     *         the time one token takes to come back, an upper bound since tokens come back evenly
     */
    OptionalLong take(String client, boolean question) {
        if (question) {
            OptionalLong refused = take(answers, client);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return take(reads, client);
    }

    private static OptionalLong take(TokenBuckets buckets, String client) {
        if (buckets.take(client).allowed()) {
            return OptionalLong.empty();
        }
        Duration perToken = buckets.refill().dividedBy(buckets.max());
        return OptionalLong.of(Math.max(1, (perToken.toMillis() + 999) / 1000));
    }
}
