package org.passerelle.api;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The public API's settings ({@code passerelle.api.*}).
 *
 * @param allowedOrigins the web sites whose pages may call the API from a browser ({@code https://library.example});
 *                       empty: none (other software, which sends no {@code Origin}, is not concerned). {@code *} is
 *                       refused: the API is public, but a listed origin is a decision someone made
 * @param maxBody        the largest request body accepted (413 beyond it)
 * @param cacheFor       how long a guide, list or other read may be cached ({@code Cache-Control: public, max-age})
 * @param readMax        requests one client (its address) may make, other than answers: a token bucket of this many
 * @param readRefill     the time over which those come back, evenly
 * @param answerMax      questions one client may ask ({@code POST /api/v1/answers}): each runs the classifier
 * @param answerRefill   the time over which those come back
 * @param tracked        clients remembered at most per limit in memory (the least recently seen are forgotten)
 */
@ConfigurationProperties("passerelle.api")
public record ApiSettings(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("64KB") DataSize maxBody,
        @DefaultValue("5m") Duration cacheFor,
        @DefaultValue("300") int readMax,
        @DefaultValue("1m") Duration readRefill,
        @DefaultValue("30") int answerMax,
        @DefaultValue("1m") Duration answerRefill,
        @DefaultValue("10000") int tracked) {

    public ApiSettings {
        allowedOrigins = allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (allowedOrigins.contains("*")) {
            throw new IllegalArgumentException("passerelle.api.allowed-origins: name the sites, * is not allowed");
        }
        if (maxBody.toBytes() < 1) {
            throw new IllegalArgumentException("passerelle.api.max-body must be positive");
        }
    }
}
