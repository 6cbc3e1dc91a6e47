package org.passerelle.operations;

import org.passerelle.knowledge.KnowledgeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's own health checks, beside Spring Boot's ({@code db}, {@code livenessState},
 * {@code readinessState}). A check's name in {@code /actuator/health} is its bean's name without
 * "HealthIndicator": {@code knowledgeBase}, which {@code management.endpoint.health.group.readiness.include} names.
 */
@Configuration(proxyBeanMethods = false)
class HealthChecks {

    @Bean
    KnowledgeBaseHealth knowledgeBaseHealthIndicator(KnowledgeService knowledge) {
        return new KnowledgeBaseHealth(knowledge::loaded);
    }
}
