package org.passerelle.assistant;

import java.util.List;
import java.util.Optional;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;
import org.passerelle.referral.Referral;

/**
 * What the assistant says back to one question. Each kind maps to one screen of the kiosk: a guide card,
 * an "is this what you need?", a "did you mean A or B?" choice, an honest "I did not understand" with the offer of a person, a
 * system reply, or a message about the question itself.
 */
public sealed interface Answer {

    /** The language the answer is in: the question's language, detected with the kiosk's as a prior. */
    Language language();

    /**
     * The classifier is confident: show this guide.
     *
     * @param lowMargin the next guide was within {@code passerelle.intent.clarify-margin}: a likely mistake, which
     *                  editors should see
     */
    record GuideAnswer(Guide guide, Language language, double confidence, boolean lowMargin, Optional<String> snippet)
            implements Answer {
    }

    /**
     * Medium confidence: one guide is likely but not sure enough to open it, so the kiosk asks "Is this what you
     * need?" with its title and Yes / No / Talk to a person.
     *
     * @param lowMargin the next guide was within {@code passerelle.intent.clarify-margin} (only one guide was likely
     *                  enough to offer): a likely mistake, which editors should see
     */
    record Confirmation(Guide guide, Language language, double confidence, boolean lowMargin) implements Answer {
    }

    /** A close call between a few guides: ask which one, with big buttons and "None of these". */
    record Clarification(List<Guide> candidates, Language language) implements Answer {

        public Clarification {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * Out of scope or too unsure. {@code helperFirst} is set after repeated misunderstandings in a row:
     * the kiosk then offers a person before suggesting to rephrase.
     */
    record NotUnderstood(boolean helperFirst, Optional<String> didYouMean, Language language) implements Answer {
    }

    /**
     * The question is about a service another government or organisation runs (a health card, a hydro bill): say who
     * runs it and where to go. {@code alsoOffered} holds the federal guides the question may have meant as well
     * (a referral and a guide that share words), offered under the referral.
     */
    record ReferralAnswer(Referral referral, List<Guide> alsoOffered, Language language) implements Answer {

        public ReferralAnswer {
            alsoOffered = List.copyOf(alsoOffered);
        }
    }

    /** Greeting, thanks, goodbye, asking for a person, starting over. */
    record SystemReply(SystemIntent intent, Language language) implements Answer {
    }

    /** The question itself cannot be used (empty, far too long); nothing was classified. */
    record InvalidQuestion(Problem problem, Language language) implements Answer {
    }

    /** Why a question could not be used; each has a message in both languages. */
    enum Problem {
        EMPTY,
        TOO_LONG
    }
}
