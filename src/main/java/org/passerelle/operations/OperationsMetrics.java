package org.passerelle.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.knowledge.KnowledgeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The metrics of the citizens' questions and of help from a person, for Prometheus ({@code /actuator/prometheus}),
 * from the features' events, heard after commit: counters and timers of this instance (sum them over the instances),
 * and the help requests waiting, which the database counts for all of them (take one instance's, or the maximum).
 *
 * <ul>
 *   <li>{@value #ANSWERED}{@code {kind,lang}}: questions answered, by the kind of answer ({@code guide},
 *   {@code confirmation}, {@code clarification}, {@code not_understood}, {@code system}, {@code invalid}) and its
 *   language ({@code en}, {@code fr});</li>
 *   <li>{@value #REQUESTED}{@code {lang}}: help requests made at the kiosks;</li>
 *   <li>{@value #CLAIMS}{@code {lang}}: help requests an agent took;</li>
 *   <li>{@value #WAIT}{@code {lang}}: how long the citizen had waited when an agent took the request;</li>
 *   <li>{@value #WAITING}: help requests waiting for a person now, at every site;</li>
 *   <li>{@value #REVISION}: the content revision this instance serves (the same on every instance once a
 *   publication reached them all).</li>
 * </ul>
 */
@Component
public class OperationsMetrics {

    public static final String ANSWERED = "passerelle.questions.answered";
    public static final String REQUESTED = "passerelle.help.requests";
    public static final String CLAIMS = "passerelle.help.claims";
    public static final String WAIT = "passerelle.help.wait";
    public static final String WAITING = "passerelle.help.waiting";
    public static final String REVISION = "passerelle.content.revision";

    private final MeterRegistry registry;

    OperationsMetrics(MeterRegistry registry, HandoffService handoff, KnowledgeService knowledge) {
        this.registry = registry;
        // Read at each scrape: a count on an index, every 15 s or so per instance.
        Gauge.builder(WAITING, handoff, HandoffService::waitingCount)
                .description("Help requests waiting for a person now, at every site (the same on every instance)")
                .register(registry);
        Gauge.builder(REVISION, knowledge, k -> k.current().revision())
                .description("The content revision this instance serves (compare the instances: they agree once a "
                        + "publication reached them all)")
                .register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QuestionAnswered answered) {
        Counter.builder(ANSWERED).description("Questions the kiosks answered, by kind of answer and language")
                .tag("kind", answered.outcome().name().toLowerCase(Locale.ROOT))
                .tag("lang", answered.language().name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HandoffUpdate update) {
        String language = update.language().name().toLowerCase(Locale.ROOT);
        switch (update.kind()) {
            case CREATED -> Counter.builder(REQUESTED).description("Help requests made at the kiosks")
                    .tag("lang", language).register(registry).increment();
            case CLAIMED -> {
                Counter.builder(CLAIMS).description("Help requests an agent took").tag("lang", language)
                        .register(registry).increment();
                Duration waited = update.waited();
                if (waited != null) {
                    Timer.builder(WAIT).description("How long the citizen waited until an agent took the request")
                            .tag("lang", language).publishPercentileHistogram()
                            .minimumExpectedValue(Duration.ofSeconds(1)).maximumExpectedValue(Duration.ofHours(1))
                            .register(registry).record(waited.isNegative() ? Duration.ZERO : waited);
                }
            }
            default -> {
                // the other changes are the screens' business
            }
        }
    }
}
