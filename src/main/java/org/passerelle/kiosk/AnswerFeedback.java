package org.passerelle.kiosk;

import java.util.List;
import org.passerelle.kiosk.WrongAnswerReported.How;
import org.passerelle.knowledge.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What a citizen says about an answer the assistant gave: "This is not what I asked", or Yes / No to "Is this what
 * you need?". It publishes the events other features learn from (the editors' content gaps and dashboard); it keeps
 * nothing itself.
 */
@Service
public class AnswerFeedback {

    private final ApplicationEventPublisher events;

    AnswerFeedback(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** "This is not what I asked" on {@code guideId}, shown for {@code question}. */
    public void notWhatIAsked(String kioskId, Language language, String guideId, String question) {
        events.publishEvent(new WrongAnswerReported(kioskId, language, guideId, question, How.NOT_WHAT_I_ASKED));
    }

    /**
     * The answer to "Is this what you need?" about {@code guideId}: Yes counts like a guide chosen in a "did you
     * mean…?", No is a wrong answer.
     */
    public void confirmation(String kioskId, Language language, String guideId, String question, boolean yes) {
        if (yes) {
            events.publishEvent(new ClarificationResolved(kioskId, language, guideId, List.of(guideId), question));
        } else {
            events.publishEvent(new WrongAnswerReported(kioskId, language, guideId, question, How.CONFIRMATION_DECLINED));
        }
    }
}
