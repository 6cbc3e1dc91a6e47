package org.passerelle.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.passerelle.insights.DailyCounts.Origin;
import org.passerelle.knowledge.Language;
import org.springframework.stereotype.Component;

/**
 * The last question asked at each kiosk, redacted, for a few minutes: "Did this help? — No" and a help request come
 * without the question that led to them, and this ties them back to it. Only in memory, one entry per kiosk,
 * replaced by the next question and forgotten after {@link InsightsSettings#feedbackWindow()}.
 *
 * <p>It works because a kiosk serves one person at a time. Two browsers pointed at the same kiosk id may tie a
 * "No" to the other's question; the cost is one misfiled example, never a leak (both are redacted, both stay
 * with editors).
 */
@Component
class RecentQuestions {

    /**
     * @param text        redacted
     * @param language    the question's language
     * @param guideId     the guide the question led to, if any
     * @param recordedAs  the gap kind it was already kept as, if any (so that a help request right after a "not
     *                    understood" is not a second item for the same failure)
     * @param systemReply it was a greeting, thanks, or a request for a person in words: no content to learn from
     * @param origin      where it was asked: the feedback that follows it (which does not say) is counted there
     */
    record Recent(String text, Language language, @Nullable String guideId, @Nullable GapKind recordedAs,
            boolean systemReply, Instant at, Origin origin) {

        /** Whether {@code other} is this question (the transcript may have cut or redacted it the same way). */
        boolean sameWording(String other) {
            return Wording.normalize(text, language).equals(Wording.normalize(other, language));
        }

        Recent recordedAs(GapKind kind) {
            return new Recent(text, language, guideId, kind, systemReply, at, origin);
        }
    }

    /**
     * Past this many entries, the stale ones are dropped on the next question. A kiosk's entry is replaced by its next
     * question, but the web chat and the API key theirs by conversation, and a conversation that ends is never asked
     * about again: without this, each would stay in memory for good.
     */
    static final int PRUNE_ABOVE = 5_000;

    private final Map<String, Recent> byKiosk = new ConcurrentHashMap<>();
    private final Duration window;

    RecentQuestions(InsightsSettings settings) {
        this.window = settings.feedbackWindow();
    }

    /** The question asked at {@code at} (when the kiosk answered it: it is recorded a little later). */
    void asked(String kioskId, String redactedText, Language language, @Nullable String guideId,
            @Nullable GapKind recordedAs, boolean systemReply, Instant at, Origin origin) {
        if (byKiosk.size() >= PRUNE_ABOVE) {
            byKiosk.values().removeIf(recent -> recent.at().plus(window).isBefore(at));
        }
        byKiosk.put(kioskId, new Recent(redactedText, language, guideId, recordedAs, systemReply, at, origin));
    }

    /** How many questions are remembered now. */
    int size() {
        return byKiosk.size();
    }

    /**
     * Where the kiosk's last question, if recent enough at {@code now}, was asked; unknown without one. The kiosk's
     * feedback events ("Did this help?", "did you mean…?" answered) do not say where they come from, and they come
     * right after the question.
     */
    Origin originAt(String kioskId, Instant now) {
        return last(kioskId, now).map(Recent::origin).orElse(Origin.UNKNOWN);
    }

    /** The kiosk's last question if it is recent enough at {@code now}. */
    Optional<Recent> last(String kioskId, Instant now) {
        Recent recent = byKiosk.get(kioskId);
        if (recent == null) {
            return Optional.empty();
        }
        if (recent.at().plus(window).isBefore(now)) {
            byKiosk.remove(kioskId, recent);
            return Optional.empty();
        }
        return Optional.of(recent);
    }

    /** The kiosk's last question if it led to {@code guideId}. */
    Optional<Recent> ledTo(String kioskId, String guideId, Instant now) {
        return last(kioskId, now).filter(r -> guideId.equals(r.guideId()));
    }

    /** The kiosk's last question is now also kept as a gap of {@code kind}. */
    void recordedAs(String kioskId, Recent recent, GapKind kind) {
        byKiosk.replace(kioskId, recent, recent.recordedAs(kind));
    }
}
