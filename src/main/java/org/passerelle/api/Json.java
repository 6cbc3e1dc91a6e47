package org.passerelle.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the read endpoints answer: records with stable ids (the knowledge base's own ids, which editors never change
 * once published) and the language of their texts in {@code lang}. Texts are plain text; a step's body also comes
 * as sanitised HTML ({@code html}: only basic formatting tags and links, every script or markup an editor typed
 * escaped, as the kiosk shows it). Links are paths on this server.
 */
final class Json {

    private Json() {
    }

    @Schema(description = "Where to find this resource: itself, in the other language, and as a public page")
    record Links(String self, @Nullable String alternate, @Nullable String html) {
    }

    @Schema(description = "A topic: a tile of the kiosk's home screen that groups guides")
    record TopicItem(String id, String lang, String label, String icon, int guideCount, Links links) {
    }

    record Topics(String lang, List<TopicItem> items) {
    }

    @Schema(description = "A guide without its steps, as lists and answers show it")
    record GuideSummary(String id, String lang, String topic, String title, String summary, LocalDate lastReviewed,
            Links links) {
    }

    @Schema(description = "One page of guides. Pages: offset from 0, limit 1 to 100; links.next is null on the last")
    record GuidePage(String lang, @Nullable String topic, int total, int offset, int limit, List<GuideSummary> items,
            PageLinks links) {
    }

    record PageLinks(String self, @Nullable String next, @Nullable String previous) {
    }

    @Schema(description = "One step of a guide")
    record GuideStep(int number, String title,
            @Schema(description = "The step's text, plain") String text,
            @Schema(description = "The step's text as sanitised HTML (p, ul, ol, li, strong, em, a, h3, h4)")
            String html,
            @Schema(description = "What it costs, in words") @Nullable String cost,
            @Schema(description = "How long it takes, in words") @Nullable String time,
            @Schema(description = "Documents or things to bring") List<String> bring,
            @Schema(description = "The citizen may skip this step") boolean optional,
            @Schema(description = "This step and the next are alternatives: do one or the other") boolean orNext) {
    }

    record TopicRef(String id, String label) {
    }

    record LifeEventRef(String id, String title, Links links) {
    }

    @Schema(description = "A guide with its steps")
    record Guide(String id, String lang, TopicRef topic, String title, String summary, String officialLink,
            LocalDate lastReviewed, List<GuideStep> steps, List<GuideSummary> related, List<LifeEventRef> lifeEvents,
            Links links) {
    }

    @Schema(description = "A life event (after a death, a new baby…): guides to follow in order, each with why")
    record LifeEventSummary(String id, String lang, String title, String summary, LocalDate lastReviewed, int steps,
            Links links) {
    }

    record LifeEvents(String lang, List<LifeEventSummary> items) {
    }

    record LifeEventStep(int number, String why, GuideSummary guide) {
    }

    record LifeEvent(String id, String lang, String title, String summary, LocalDate lastReviewed,
            List<LifeEventStep> steps, Links links) {
    }

    @Schema(description = "Who runs the service in a province or territory (or in all, province \"all\")")
    record ReferralEntry(String province, String who, String link, String text) {
    }

    @Schema(description = "A service another government or organisation runs, and where to go for it")
    record Referral(String id, String lang, String title, String summary, LocalDate lastReviewed, List<String> keywords,
            List<ReferralEntry> entries, Links links) {
    }

    record Referrals(String lang, List<Referral> items) {
    }

    @Schema(description = "A guide that matches the search")
    record SearchItem(String guideId, String lang, String title,
            @Schema(description = "An extract of the guide around the words found, plain text") String snippet,
            GuideSummary guide) {
    }

    record Search(String lang, String query,
            @Schema(description = "The query with misspelled words corrected, when that finds clearly better guides")
            @Nullable String didYouMean, List<SearchItem> items) {
    }

    record Suggestions(String lang, String query, List<String> items) {
    }
}
