package org.passerelle.insights;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How content gaps are grouped and kept.
 *
 * @param similarity     a failed question joins the most similar group when at least this alike (token-set Jaccard
 *                       with typo tolerance, 0 to 1); measured in {@code WordingTest}: 0.5 starts to mix needs
 *                       ("lost health card" with "lost SIN card"), 0.67 splits one need in several groups
 * @param reopenAfter    a group turned into training phrases or marked as needing a new guide comes back to the open
 *                       list when this many similar questions have failed since; 0 never reopens. Dismissed groups
 *                       never reopen
 * @param examples       how many example questions a group shows
 * @param feedbackWindow a "Did this help? — No" is tied to the question that led to the guide if it came within this
 *                       time on the same kiosk
 * @param itemRetention  the text of a gap item is kept this long; its group keeps counting it after
 * @param groupWindow    new questions are compared with groups seen within this time (older ones start a new group)
 * @param maxDays        the longest date range the dashboard computes, in days
 * @param recordingQueue the most kiosk events waiting to be recorded (off the citizens' threads); beyond it, events
 *                       are dropped with a warning. A few seconds of a very busy library is a few hundred
 */
@ConfigurationProperties("passerelle.insights")
public record InsightsSettings(
        @DefaultValue("0.6") double similarity,
        @DefaultValue("5") int reopenAfter,
        @DefaultValue("3") int examples,
        @DefaultValue("30m") Duration feedbackWindow,
        @DefaultValue("90d") Duration itemRetention,
        @DefaultValue("365d") Duration groupWindow,
        @DefaultValue("400") int maxDays,
        @DefaultValue("10000") int recordingQueue) {

    public InsightsSettings {
        if (similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("passerelle.insights.similarity must be above 0 and at most 1");
        }
        if (reopenAfter < 0 || examples < 1 || maxDays < 1 || recordingQueue < 1) {
            throw new IllegalArgumentException("passerelle.insights: reopen-after must be 0 or more, examples, "
                    + "max-days and recording-queue at least 1");
        }
    }
}
