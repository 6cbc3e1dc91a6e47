/**
 * What an operator running one or several instances needs: scheduled jobs that run on one instance at a time
 * ({@link org.passerelle.operations.JobLocks}), the health an orchestrator or load balancer asks
 * ({@link org.passerelle.operations.KnowledgeBaseHealth}, beside Spring Boot's own database check), and the metrics
 * Prometheus scrapes ({@link org.passerelle.operations.OperationsMetrics}). Every metric name is listed in README.md,
 * "Operating it". It only listens and reads: no other feature depends on it.
 */
@NullMarked
package org.passerelle.operations;

import org.jspecify.annotations.NullMarked;
