/**
 * Where the kiosk fails citizens, for content editors: the content-gap loop and the dashboard.
 *
 * <p>The kiosk's {@code kiosk.AnswerFeedback} publishes what happened ({@code kiosk.QuestionAnswered},
 * {@code kiosk.ClarificationResolved}, {@code kiosk.GuideFeedback}, {@code kiosk.WrongAnswerReported}) and
 * {@code handoff.HandoffService} what happens to requests for a person ({@code handoff.HelpRequested},
 * {@code handoff.HandoffUpdate}); this feature listens after commit and off the citizens' threads (on one thread of
 * its own), counts every outcome and every request per day, language, site, channel, kiosk and guide, with the waits, and keeps
 * each failure — not understood, "None of these", "Did this help? — No", a request for a person — as a gap item,
 * redacted, grouped with similarly worded ones. It takes everything from the events and reads no other feature's
 * tables. Editors work through the groups with {@link org.passerelle.insights.GapService} and read the figures
 * of {@link org.passerelle.insights.DashboardService}; anyone downloads the anonymous daily figures of
 * {@link org.passerelle.insights.OpenData} (small counts withheld). Nothing stored identifies a citizen.
 *
 * <p>The API is the three services and their records; the
 * listener, the wording analysis, the entities and the counters are package-private. The screens are in
 * {@code insights.ui}.
 */
@NullMarked
package org.passerelle.insights;

import org.jspecify.annotations.NullMarked;
