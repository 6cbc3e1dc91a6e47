/**
 * Where the kiosk fails citizens, for content editors: the content-gap loop and the dashboard.
 *
 * <p>The kiosk publishes what happened ({@code kiosk.QuestionAnswered}, {@code kiosk.ClarificationResolved},
 * {@code kiosk.GuideFeedback}) and help requests announce themselves ({@code handoff.HelpRequested}); this feature
 * listens (recording off the citizens' threads, on one thread of its own), counts every outcome per day, language, kiosk and guide, and keeps each failure — not understood, "None
 * of these", "Did this help? — No", a request for a person — as a gap item, redacted, grouped with similarly
 * worded ones. Editors work through the groups with {@link org.passerelle.insights.GapService} and read the figures
 * of {@link org.passerelle.insights.DashboardService}. Nothing stored identifies a citizen.
 *
 * <p>The API is the two services, their records and {@link org.passerelle.insights.TrainingPhrasesProposed}; the
 * listener, the wording analysis, the entities and the counters are package-private. The screens are in
 * {@code insights.ui}.
 */
@NullMarked
package org.passerelle.insights;

import org.jspecify.annotations.NullMarked;
