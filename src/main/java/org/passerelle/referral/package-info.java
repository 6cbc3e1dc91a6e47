/**
 * Referrals: questions the kiosk cannot answer because another government or organisation runs the service (health
 * cards, driver's licences, hydro bills, parking tickets, legal aid, housing, 211). A referral says who runs it and
 * where to go, per province or territory of the kiosk's site, in both languages, with official links only.
 *
 * <p>The API is {@link org.passerelle.referral.ReferralService} and its records. Files live in
 * {@code knowledge-base/referrals/<id>/en.md} and {@code fr.md} (format: {@code knowledge-base/README.md}); a malformed
 * file stops the start-up with its file and line, like a guide.
 */
@NullMarked
package org.passerelle.referral;

import org.jspecify.annotations.NullMarked;
