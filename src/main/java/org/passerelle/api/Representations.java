package org.passerelle.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.LifeEvent;
import org.passerelle.knowledge.LifeEventText;
import org.passerelle.knowledge.Markdown;
import org.passerelle.knowledge.Step;
import org.passerelle.knowledge.Topic;
import org.passerelle.referral.Referral;

/**
 * The knowledge base's records as the API shows them ({@link Json}), and the one place its addresses are written:
 * a resource's API path with its {@code lang}, and the public page of a guide ({@code /guides/{id}} in English,
 * {@code /fr/guides/{id}} in French).
 */
final class Representations {

    static final String BASE = "/api/v1";

    private Representations() {
    }

    static String api(String path, Language language) {
        return BASE + path + "?lang=" + language.code();
    }

    /** A guide's public page (served by the open guide pages). */
    static String page(String guideId, Language language) {
        return (language == Language.FR ? "/fr" : "") + "/guides/" + guideId;
    }

    static Json.Links guideLinks(String id, Language language) {
        return new Json.Links(api("/guides/" + id, language), api("/guides/" + id, language.other()),
                page(id, language));
    }

    static Json.TopicItem topic(Topic topic, KnowledgeBase kb, Language language) {
        return new Json.TopicItem(topic.id(), language.code(), topic.label(language), topic.icon(),
                kb.guidesInTopic(topic.id()).size(), new Json.Links(api("/guides", language) + "&topic=" + topic.id(),
                        api("/guides", language.other()) + "&topic=" + topic.id(), null));
    }

    static Json.GuideSummary summary(Guide guide, Language language) {
        GuideText text = guide.text(language);
        return new Json.GuideSummary(guide.id(), language.code(), guide.topic(), text.title(), text.summary(),
                text.lastReviewed(), guideLinks(guide.id(), language));
    }

    static Json.Guide guide(Guide guide, KnowledgeBase kb, Language language) {
        GuideText text = guide.text(language);
        List<Json.GuideStep> steps = new ArrayList<>();
        for (Step step : text.steps()) {
            steps.add(new Json.GuideStep(steps.size() + 1, Markdown.toPlainText(step.title()),
                    Markdown.toPlainText(step.body()),
                    Markdown.toSafeHtml(step.body(), id -> page(id, language), Map.of()),
                    step.cost().orElse(null), step.time().orElse(null), step.bring(), step.optional(),
                    step.orNext()));
        }
        Topic topic = kb.topic(guide.topic()).orElse(null);
        Json.TopicRef topicRef = new Json.TopicRef(guide.topic(), topic == null ? guide.topic() : topic.label(language));
        List<Json.GuideSummary> related = guide.related().stream().flatMap(id -> kb.guide(id).stream())
                .map(g -> summary(g, language)).toList();
        List<Json.LifeEventRef> events = kb.lifeEventsWithGuide(guide.id()).stream()
                .map(e -> new Json.LifeEventRef(e.id(), e.text(language).title(), lifeEventLinks(e.id(), language)))
                .toList();
        return new Json.Guide(guide.id(), language.code(), topicRef, text.title(), text.summary(),
                text.officialLink().toString(), text.lastReviewed(), steps, related, events,
                guideLinks(guide.id(), language));
    }

    static Json.Links lifeEventLinks(String id, Language language) {
        return new Json.Links(api("/life-events/" + id, language), api("/life-events/" + id, language.other()), null);
    }

    static Json.LifeEventSummary lifeEventSummary(LifeEvent event, Language language) {
        LifeEventText text = event.text(language);
        return new Json.LifeEventSummary(event.id(), language.code(), text.title(), text.summary(), text.lastReviewed(),
                text.steps().size(), lifeEventLinks(event.id(), language));
    }

    static Json.LifeEvent lifeEvent(LifeEvent event, KnowledgeBase kb, Language language) {
        LifeEventText text = event.text(language);
        List<Json.LifeEventStep> steps = new ArrayList<>();
        text.steps().forEach(step -> kb.guide(step.guideId()).ifPresent(guide -> steps.add(
                new Json.LifeEventStep(steps.size() + 1, step.why(), summary(guide, language)))));
        return new Json.LifeEvent(event.id(), language.code(), text.title(), text.summary(), text.lastReviewed(),
                steps, lifeEventLinks(event.id(), language));
    }

    static Json.Referral referral(Referral referral, Language language) {
        Referral.ReferralText text = referral.text(language);
        List<Json.ReferralEntry> entries = referral.entries().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().containsKey(language))
                .map(e -> {
                    Referral.ReferralEntry entry = e.getValue().get(language);
                    return new Json.ReferralEntry(e.getKey(), entry.who(), entry.link(),
                            Markdown.toPlainText(entry.text()));
                }).toList();
        return new Json.Referral(referral.id(), language.code(), text.title(), text.summary(), referral.lastReviewed(),
                text.keywords(), entries, new Json.Links(api("/referrals/" + referral.id(), language),
                        api("/referrals/" + referral.id(), language.other()), null));
    }
}
