package org.passerelle.kiosk;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passerelle.assistant.Answer;
import org.passerelle.handoff.Channel;
import org.passerelle.assistant.Conversation;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.KioskInfo;
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
    private final HandoffService handoff;

    AnswerFeedback(ApplicationEventPublisher events, Clock clock, HandoffService handoff) {
        this.events = events;
        this.clock = clock;
        this.handoff = handoff;
    }

    /**
     * Asks {@code conversation} the citizen's {@code question} at kiosk {@code kioskId} and publishes
     * {@link QuestionAnswered} with the question as the conversation kept it (cleaned), and the kiosk's site as the
     * kiosk register knows it now ({@code handoff.HandoffService#kiosk}: a kiosk moved to another site counts there
     * from its next question); no site for a browser that is no registered kiosk.
     */
    public Answer ask(Conversation conversation, String kioskId, String question, Language kioskLanguage) {
        @Nullable Long site = handoff.kiosk(kioskId).map(KioskInfo::siteId).orElse(null);
        return ask(conversation, Channel.KIOSK, kioskId, site, question, kioskLanguage);
    }

    /**
     * Asks {@code conversation} the citizen's {@code question} on {@code channel} and publishes
     * {@link QuestionAnswered}, as {@link #ask(Conversation, String, String, Language)} does at a kiosk.
     *
     * @param source the kiosk id on {@link Channel#KIOSK}; on another channel, a key of the conversation
     * @param siteId the site the question belongs to, {@code null} when unknown
     */
    public Answer ask(Conversation conversation, Channel channel, String source, @Nullable Long siteId,
            String question, Language language) {
        Answer answer = conversation.ask(question, language);
        events.publishEvent(QuestionAnswered.of(channel, source, siteId, conversation.turns().getLast().question(),
                answer, clock.instant()));
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
