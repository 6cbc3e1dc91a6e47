package org.passerelle.agent.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.knowledge.KnowledgeService;

/** How the console words a request (its status, a guide and step, how long it waited): one place for queue and pane. */
record RequestLabels(KnowledgeService knowledge, Clock clock, String agent, Translator translator) {

    /** The console's translation, in the agent's language. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... params);
    }

    /** Whether {@code agent} holds {@code request} now (claimed or live). */
    static boolean holds(String agent, HelpRequestSummary request) {
        return request.status().open() && request.status() != HelpStatus.WAITING && agent.equals(request.agent());
    }

    String status(HelpRequestSummary request) {
        return switch (request.status()) {
            case WAITING -> t("agent.status.waiting");
            case CLAIMED, LIVE -> agent.equals(request.agent()) ? t("agent.status.mine")
                    : t("agent.takenBy", String.valueOf(request.agent()));
            case CLOSED -> request.outcome() == HelpOutcome.CITIZEN_LEFT ? t("agent.outcome.citizen_left")
                    : t("agent.status.closed");
            default -> t("agent.status." + request.status().name().toLowerCase(Locale.ROOT));
        };
    }

    /** The guide and step the citizen was on when they asked. */
    Optional<String> askedFrom(HelpRequestSummary request) {
        return guide(request.guideId(), request.step(), request);
    }

    /** The last guide and step the agent sent. */
    Optional<String> sent(HelpRequestSummary request) {
        return guide(request.sentGuideId(), request.sentStep(), request);
    }

    private Optional<String> guide(@Nullable String guideId, @Nullable Integer step, HelpRequestSummary request) {
        if (guideId == null) {
            return Optional.empty();
        }
        return knowledge.current().guide(guideId).map(g -> {
            String title = g.text(request.language()).title();
            return step == null ? title : t("agent.guideStep", title, step, g.text(request.language()).steps().size());
        });
    }

    /** "Waiting N min": since the request was made (a request handed back keeps its time, as it keeps its place). */
    String waiting(HelpRequestSummary request) {
        return t("agent.waiting", Duration.between(request.createdAt(), clock.instant()).toMinutes());
    }

    String reason(HelpRequestSummary request) {
        return t("agent.reason." + request.reason().name().toLowerCase(Locale.ROOT));
    }

    String language(HelpRequestSummary request) {
        return t("agent.language." + request.language().name().toLowerCase(Locale.ROOT));
    }

    private String t(String key, Object... params) {
        return translator.t(key, params);
    }
}
