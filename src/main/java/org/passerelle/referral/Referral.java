package org.passerelle.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.knowledge.Language;
import org.passerelle.site.Province;

/**
 * One referral in both languages.
 *
 * @param entries per province or territory; the entry under {@link #ALL} serves every province without its own
 */
public record Referral(String id, LocalDate lastReviewed, Map<Language, ReferralText> texts,
                       Map<String, Map<Language, ReferralEntry>> entries) {

    /** The key of the entry for every province that has none of its own. */
    public static final String ALL = "all";

    public Referral {
        texts = Map.copyOf(texts);
        entries = Map.copyOf(entries);
    }

    public ReferralText text(Language language) {
        return texts.get(language);
    }

    /** The entry for the kiosk's province, or the "all provinces" one. */
    public Optional<ReferralEntry> entryFor(Province province, Language language) {
        Map<Language, ReferralEntry> entry = entries.getOrDefault(province.name(), entries.get(ALL));
        return Optional.ofNullable(entry).map(e -> e.get(language));
    }

    /** The title, summary and the words that lead to it, in one language. */
    public record ReferralText(String title, String summary, List<String> keywords) {
        public ReferralText {
            keywords = List.copyOf(keywords);
        }
    }

    /** Who runs the service for one province, and where to go: an official page, and a plain-language text. */
    public record ReferralEntry(String who, String link, String text) {
    }
}
