package org.passerelle.assistant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the assistant turns a classifier's ranking and search hits into one answer.
 *
 * @param answerProbability       a guide is shown directly only from this probability; below it, when other
 *                                guides are also likely, the kiosk asks which one was meant
 * @param maxQuestionLength       longer questions get a "please ask in fewer words" message (a paste is not a question)
 * @param clarifyMinProbability   a guide is offered in a clarification only from this probability
 * @param clarifyMaxCandidates    at most this many buttons in "did you mean ...?"
 * @param clarifyGuideMass        when no guide is sure but the top guides together reach this probability,
 *                                the question is about one of them: ask which, rather than "not understood"
 * @param searchWeight            weight of a search hit's reciprocal rank when ranking clarification candidates
 * @param helperFirstAfter        after this many "not understood" in a row, offer a person first
 */
@ConfigurationProperties("passerelle.assistant")
public record AssistantSettings(
        @DefaultValue("0.5") double answerProbability,
        @DefaultValue("1000") int maxQuestionLength,
        @DefaultValue("0.12") double clarifyMinProbability,
        @DefaultValue("3") int clarifyMaxCandidates,
        @DefaultValue("0.5") double clarifyGuideMass,
        @DefaultValue("0.15") double searchWeight,
        @DefaultValue("2") int helperFirstAfter) {
}
