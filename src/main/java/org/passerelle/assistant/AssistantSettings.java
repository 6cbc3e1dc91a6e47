package org.passerelle.assistant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the assistant turns a classifier's ranking and search hits into one answer.
 *
 * @param answerProbability       a guide is the answer only from this probability; below it, when other
 *                                guides are also likely, the kiosk asks which one was meant
 * @param openProbability         a guide at or above {@code answerProbability} but below this probability is the
 *                                medium band: the kiosk asks "Is this what you need?" before opening it; from this
 *                                probability (with the first guide ahead by {@code passerelle.intent.clarify-margin})
 *                                it opens directly. Equal to {@code answerProbability}: never ask
 * @param maxQuestionLength       longer questions get a "please ask in fewer words" message (a paste is not a question)
 * @param clarifyMinProbability   a guide is offered in a clarification only from this probability (0.08 since the
 *                                fused probabilities, sharper than the classifier's alone: at 0.12 a bare
 *                                « passeport » opened the child's passport guide instead of asking which passport)
 * @param clarifyMaxCandidates    at most this many buttons in "did you mean ...?"
 * @param clarifyGuideMass        when no guide is sure but the top guides together reach this probability,
 *                                the question is about one of them: ask which, rather than "not understood"
 * @param searchWeight            weight of a search hit's reciprocal rank when ranking clarification candidates
 * @param helperFirstAfter        after this many "not understood" in a row, offer a person first
 */
@ConfigurationProperties("passerelle.assistant")
public record AssistantSettings(
        @DefaultValue("0.6") double answerProbability,
        @DefaultValue("0.8") double openProbability,
        @DefaultValue("1000") int maxQuestionLength,
        @DefaultValue("0.08") double clarifyMinProbability,
        @DefaultValue("3") int clarifyMaxCandidates,
        @DefaultValue("0.5") double clarifyGuideMass,
        @DefaultValue("0.15") double searchWeight,
        @DefaultValue("2") int helperFirstAfter) {

    public AssistantSettings {
        if (!(answerProbability >= 0 && openProbability >= answerProbability && openProbability <= 1)) {
            throw new IllegalArgumentException("passerelle.assistant: 0 <= answer-probability <= open-probability <= 1");
        }
    }

    /** How sure an answer is, from its guide's probability and its margin over the next guide. */
    public enum Band {
        /** Open the guide. */
        HIGH,
        /** Ask "Is this what you need?" first. */
        MEDIUM,
        /** Too unsure to name one guide on its own: ask which of a few, or say "not understood". */
        LOW
    }

    /** The band of a guide with probability {@code top}, ahead of the next guide by {@code margin}. */
    public Band band(double top, double margin, double clarifyMargin) {
        if (top < answerProbability || margin < clarifyMargin) {
            return Band.LOW;
        }
        return top >= openProbability ? Band.HIGH : Band.MEDIUM;
    }
}
