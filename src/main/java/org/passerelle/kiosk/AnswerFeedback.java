package org.passerelle.kiosk;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Conversation;
import org.passerelle.kiosk.WrongAnswerReported.How;
import org.passerelle.knowledge.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What the kiosk answered and what a citizen says about it: a question answered, a "did you mean…?" resolved, "This
 * is not what I asked", Yes / No to "Is this what you need?", and "Did this help?". It publishes the events other
 * features learn from (the editors' content gaps and dashboard), stamped with the time they happened; it keeps
 * nothing itself. The kiosk's screens call it and never publish themselves.
 *
 * <p>Listeners hear these after the caller's transaction, if any, commits, and on threads of their own: nothing here
 * waits for them, and none of their failures reaches the citizen.
 */
@Service
public class AnswerFeedback {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerFeedback(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks {@code conversation} the citizen's {@code question} and publishes {@link QuestionAnswered} with the
     * question as the conversation kept it (cleaned).
     */
    public Answer ask(Conversation conversation, String kioskId, String question, Language kioskLanguage) {
        Answer answer = conversation.ask(question, kioskLanguage);
        events.publishEvent(QuestionAnswered.of(kioskId, conversation.turns().getLast().question(), answer,
                clock.instant()));
        return answer;
    }

    /**
     * The answer to a "did you mean…?" that offered {@code offered} for {@code question}: {@code chosenGuideId}, or
     * {@code null} for "None of these".
     */
    public void clarified(String kioskId, Language language, @Nullable String chosenGuideId, List<String> offered,
            String question) {
        events.publishEvent(new ClarificationResolved(kioskId, language, chosenGuideId, offered, question,
                clock.instant()));
    }

    /** "This is not what I asked" on {@code guideId}, shown for {@code question}. */
    public void notWhatIAsked(String kioskId, Language language, String guideId, String question) {
        wrong(kioskId, language, guideId, question, How.NOT_WHAT_I_ASKED);
    }

    /**
     * The answer to "Is this what you need?" about {@code guideId}: Yes counts like a guide chosen in a "did you
     * mean…?", No is a wrong answer.
     */
    public void confirmation(String kioskId, Language language, String guideId, String question, boolean yes) {
        if (yes) {
            clarified(kioskId, language, guideId, List.of(guideId), question);
        } else {
            wrong(kioskId, language, guideId, question, How.CONFIRMATION_DECLINED);
        }
    }

    /** The answer to "Did this help?" at the end of {@code guideId}. */
    public void guideHelped(String kioskId, String guideId, Language language, boolean helped) {
        events.publishEvent(new GuideFeedback(kioskId, guideId, language, helped, clock.instant()));
    }

    private void wrong(String kioskId, Language language, String guideId, String question, How how) {
        events.publishEvent(new WrongAnswerReported(kioskId, language, guideId, question, how, clock.instant()));
    }
}
