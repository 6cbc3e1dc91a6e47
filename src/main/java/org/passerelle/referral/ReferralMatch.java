package org.passerelle.referral;

/** A question's referral, and the keyword of it that the question contains. */
public record ReferralMatch(Referral referral, String keyword) {
}
