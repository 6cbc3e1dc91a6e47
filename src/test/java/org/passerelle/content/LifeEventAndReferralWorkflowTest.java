package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passerelle.content.TestEntries.lifeEvent;
import static org.passerelle.content.TestEntries.referral;

import org.junit.jupiter.api.Test;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.content.Finding.Kind;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.ReferralMatch;
import org.passerelle.referral.ReferralService;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Life events and referrals go through the guides' workflow: a draft in both languages, review by someone else,
 * publication that kiosks follow at once, and a history.
 */
class LifeEventAndReferralWorkflowTest extends SmallContentTest {

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    ReferralService referrals;

    private GuideVersion publish(GuideVersion draft) {
        GuideVersion approved = approve(draft);
        return content.publish(approved.guideId(), approved.number(), approved.lockVersion());
    }

    @Test
    void a_life_event_is_written_in_both_languages_reviewed_by_someone_else_and_shown_by_kiosks_without_a_restart() {
        String id = newGuide("event").id();
        GuideVersion draft = content.create(ContentKind.LIFE_EVENT, id, "", "");
        String key = draft.guideId();
        assertThat(key).isEqualTo("life-events/" + id);
        GuideVersion saved = content.saveDraft(key, draft.number(), draft.lockVersion(),
                lifeEvent(id, "Moving to Zorbl", Language.EN), lifeEvent(id, "Déménager à Zorbl", Language.FR));
        GuideVersion submitted = content.submit(key, saved.number(), saved.lockVersion());
        assertThatThrownBy(() -> content.approve(key, submitted.number(), submitted.lockVersion()))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.OWN_CHANGE));
        signIn(BRUNO, Roles.EDITOR);
        GuideVersion approved = content.approve(key, submitted.number(), submitted.lockVersion());
        signIn(ALICE, Roles.EDITOR);
        assertThat(knowledge.current().lifeEvent(id)).isEmpty();

        content.publish(key, approved.number(), approved.lockVersion());

        assertThat(knowledge.current().lifeEvent(id).orElseThrow().text(Language.FR).title()).isEqualTo("Déménager à Zorbl");
        assertThat(content.entries(ContentKind.LIFE_EVENT)).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(key);
            assertThat(e.titles()).containsEntry(Language.EN, "Moving to Zorbl");
            assertThat(e.publishedNumber()).isEqualTo(1);
        });
        assertThat(content.guides()).noneMatch(g -> g.id().equals(key));
        assertThat(content.auditTrail(key)).extracting(AuditRecord::action)
                .containsExactly("CREATED", "SAVED", "SUBMITTED", "APPROVED", "PUBLISHED");

        GuideVersion second = content.startDraft(key);
        GuideVersion renamed = content.saveDraft(key, second.number(), second.lockVersion(),
                lifeEvent(id, "Moving to Zorbl, step by step", Language.EN), second.text(Language.FR));
        publish(renamed);
        assertThat(knowledge.current().lifeEvent(id).orElseThrow().text(Language.EN).title())
                .isEqualTo("Moving to Zorbl, step by step");
        assertThat(content.publishedVersions(key)).extracting(GuideVersion::number).containsExactly(2, 1);
    }

    @Test
    void a_published_referral_changes_what_the_referral_service_matches() {
        TestGuide names = newGuide("referral");
        String id = names.id();
        String keyword = names.word() + " permit";
        assertThat(referrals.match("where do i renew my " + keyword)).isEmpty();
        GuideVersion draft = content.create(ContentKind.REFERRAL, id, referral(id, keyword, Language.EN),
                referral(id, "permis " + names.word(), Language.FR));

        publish(draft);

        assertThat(referrals.match("where do i renew my " + keyword)).map(ReferralMatch::referral)
                .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(id));
        assertThat(referrals.match("renouveler mon permis " + names.word())).isPresent();

        String key = draft.guideId();
        GuideVersion second = content.startDraft(key);
        GuideVersion changed = content.saveDraft(key, second.number(), second.lockVersion(),
                referral(id, names.word() + " licence", Language.EN), second.text(Language.FR));
        publish(changed);

        assertThat(referrals.match("where do i renew my " + keyword)).isEmpty();
        assertThat(referrals.match("lost my " + names.word() + " licence")).map(m -> m.referral().id()).contains(id);
    }

    @Test
    void a_malformed_referral_or_life_event_is_named_by_its_file_and_line_and_cannot_be_submitted() {
        String id = newGuide("broken").id();
        String badFrench = referral(id, "permis zorblbroken", Language.FR).replace("who: ", "qui: ");
        GuideVersion draft = content.create(ContentKind.REFERRAL, id, referral(id, "zorblbroken permit", Language.EN),
                badFrench);

        CheckReport report = content.check(draft.guideId(), draft.number());

        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.INVALID_TEXT);
            assertThat(f.language()).isEqualTo(Language.FR);
            assertThat(f.where()).isEqualTo("referrals/" + id + "/fr.md:10");
        });
        assertThatThrownBy(() -> content.submit(draft.guideId(), draft.number(), draft.lockVersion()))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.NOT_PUBLISHABLE));

        String eventId = newGuide("broken-event").id();
        GuideVersion event = content.create(ContentKind.LIFE_EVENT, eventId, lifeEvent(eventId, "Zorbl", Language.EN)
                .replace("- job-bank:", "- job-bnak:"), lifeEvent(eventId, "Zorbl", Language.FR));
        assertThat(content.check(event.guideId(), event.number()).errors()).extracting(Finding::where)
                .containsExactly("life-events/" + eventId + "/en.md:10");
        assertThat(content.check(event.guideId(), event.number()).errors()).extracting(Finding::message)
                .singleElement().asString().contains("job-bnak");
    }

    @Test
    void two_editors_saving_the_same_referral_draft_the_second_is_told_and_the_first_text_stays() {
        String id = newGuide("both").id();
        GuideVersion draft = content.create(ContentKind.REFERRAL, id, referral(id, "zorblboth permit", Language.EN),
                referral(id, "permis zorblboth", Language.FR));
        GuideVersion alices = content.saveDraft(draft.guideId(), draft.number(), draft.lockVersion(),
                referral(id, "zorblboth permit; zorblboth card", Language.EN), draft.text(Language.FR));
        signIn(BRUNO, Roles.EDITOR);

        assertThatThrownBy(() -> content.saveDraft(draft.guideId(), draft.number(), draft.lockVersion(),
                referral(id, "zorblboth licence", Language.EN), draft.text(Language.FR)))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.CONFLICT));
        assertThat(content.version(draft.guideId(), draft.number()).orElseThrow().text(Language.EN))
                .isEqualTo(alices.text(Language.EN)).contains("zorblboth card");
    }

    @Test
    void a_life_event_id_is_checked_and_cannot_be_created_twice() {
        assertThatThrownBy(() -> content.create(ContentKind.LIFE_EVENT, "Not An Id", "", ""))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.INVALID_ID));
        String id = newGuide("twice").id();
        content.create(ContentKind.LIFE_EVENT, id, "", "");
        assertThatThrownBy(() -> content.create(ContentKind.LIFE_EVENT, id, "", ""))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.GUIDE_EXISTS));
    }

    @Test
    void a_new_referral_started_from_a_published_one_has_its_own_id_and_the_rest_of_the_text() {
        TestGuide names = newGuide("source");
        String source = names.id();
        publish(content.create(ContentKind.REFERRAL, source, referral(source, names.word() + " permit", Language.EN),
                referral(source, "permis " + names.word(), Language.FR)));
        String id = newGuide("copy").id();

        GuideVersion copy = content.createFrom(ContentKind.REFERRAL, id, ContentKind.REFERRAL.key(source));

        assertThat(copy.guideId()).isEqualTo("referrals/" + id);
        assertThat(copy.text(Language.FR)).isEqualTo(referral(id, "permis " + names.word(), Language.FR));
        assertThat(content.check(copy.guideId(), copy.number()).errors()).isEmpty();
        assertThatThrownBy(() -> content.createFrom(ContentKind.LIFE_EVENT, id + "-x", ContentKind.REFERRAL.key(source)))
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.NOT_FOUND));
    }
}
