package org.passerelle.operations;

import java.util.Optional;
import java.util.function.Supplier;
import org.passerelle.knowledge.KnowledgeBase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP once the knowledge base is loaded, with its counts as details; DOWN while it still loads. Part of the readiness
 * group ({@code /actuator/health/readiness}, with the database): a kiosk sent to an instance that has no guides yet
 * could answer nothing. Not part of liveness: a slow load is no reason to restart the process.
 */
public final class KnowledgeBaseHealth implements HealthIndicator {

    private final Supplier<Optional<KnowledgeBase>> loaded;

    KnowledgeBaseHealth(Supplier<Optional<KnowledgeBase>> loaded) {
        this.loaded = loaded;
    }

    @Override
    public Health health() {
        return loaded.get().map(knowledgeBase -> Health.up()
                        .withDetail("guides", knowledgeBase.guides().size())
                        .withDetail("topics", knowledgeBase.topics().size())
                        .withDetail("lifeEvents", knowledgeBase.lifeEvents().size())
                        .build())
                .orElseGet(() -> Health.down().withDetail("loading", true).build());
    }
}
