package org.passerelle.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.content.Finding.Kind;
import org.passerelle.content.Finding.Severity;
import org.passerelle.content.Publisher.Change;
import org.passerelle.intent.CrossValidationReport;
import org.passerelle.intent.IntentService;
import org.passerelle.intent.LabelConfusion;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.Language;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guides in the database: drafts, review, publication, history. The API of the content editor.
 *
 * <p>Every method requires a signed-in EDITOR or ADMIN (else {@link Problem#FORBIDDEN}); the signed-in username
 * is recorded as the author of each change and in the audit log. A version is named by its guide id and number;
 * a method that changes a version also takes the {@link GuideVersion#lockVersion()} the caller read, and refuses
 * with {@link Problem#CONFLICT} when someone changed the version since. Every refusal is a
 * {@link ContentException} and changes nothing.
 *
 * <p>The workflow: {@link #createGuide} or {@link #startDraft} → {@link #saveDraft} (any number of times) →
 * {@link #submit} → {@link #approve} by someone else (or {@link #reject} back to draft with a comment) →
 * {@link #publish} now or {@link #schedule} for later. Publishing puts the new content in force on every kiosk
 * at once, search and intent classifier included; it is refused, with the problems listed, when the knowledge
 * base would not be valid with it.
 */
@Service
public class ContentService {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID = 100;
    private static final int MAX_COMMENT = 2000;
    private static final int CONFUSIONS_SHOWN = 10;
    private static final List<VersionState> OPEN = Stream.of(VersionState.values()).filter(VersionState::open).toList();

    private final StoredGuideRepository guides;
    private final StoredVersionRepository versions;
    private final ContentAuditRepository audit;
    private final ContentStore store;
    private final Publisher publisher;
    private final PrePublishChecks checks;
    private final Editors editors;
    private final IntentService intents;
    private final ContentSettings settings;
    private final Clock clock;

    ContentService(StoredGuideRepository guides, StoredVersionRepository versions, ContentAuditRepository audit,
            ContentStore store, Publisher publisher, PrePublishChecks checks, Editors editors, IntentService intents,
            ContentSettings settings, Clock clock) {
        this.guides = guides;
        this.versions = versions;
        this.audit = audit;
        this.store = store;
        this.publisher = publisher;
        this.checks = checks;
        this.editors = editors;
        this.intents = intents;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- Reading ----------------------------------------------------------------------------------

    /** Every guide, by id, with its published and open versions. */
    @Transactional(readOnly = true)
    public List<GuideSummary> guides() {
        return entries(ContentKind.GUIDE);
    }

    /**
     * Every entry of one kind, by key ({@link ContentKind#key}; a guide's key is its id), with its published and open
     * versions; the titles are the files' {@code title:}.
     */
    @Transactional(readOnly = true)
    public List<GuideSummary> entries(ContentKind kind) {
        editors.require();
        Map<String, List<StoredVersion>> current = versions.findByStateIn(
                Stream.of(VersionState.values()).filter(state -> state != VersionState.ARCHIVED).toList())
                .stream().collect(Collectors.groupingBy(StoredVersion::guideId));
        List<GuideSummary> summaries = new ArrayList<>();
        for (StoredGuide guide : guides.findAll()) {
            if (ContentKind.of(guide.id()) != kind) {
                continue;
            }
            List<StoredVersion> own = current.getOrDefault(guide.id(), List.of());
            Optional<GuideVersion> published = own.stream().filter(v -> v.state() == VersionState.PUBLISHED)
                    .findFirst().map(StoredVersion::view);
            Optional<GuideVersion> open = own.stream().filter(v -> v.state().open()).findFirst().map(StoredVersion::view);
            Map<Language, String> titles = new EnumMap<>(Language.class);
            published.or(() -> open).ifPresent(v -> v.texts().forEach((l, t) -> titles.put(l, KnowledgeBaseFiles.title(t))));
            summaries.add(new GuideSummary(guide.id(), titles, published.map(GuideVersion::number).orElse(null),
                    published.map(v -> v.published() == null ? null : v.published().at()).orElse(null),
                    open.map(GuideVersion::number).orElse(null), open.map(GuideVersion::state).orElse(null)));
        }
        summaries.sort(Comparator.comparing(GuideSummary::id));
        return summaries;
    }

    @Transactional(readOnly = true)
    public Optional<GuideVersion> version(String guideId, int number) {
        editors.require();
        return versions.findByGuideIdAndNumber(guideId, number).map(StoredVersion::view);
    }

    /** The version kiosks show. */
    @Transactional(readOnly = true)
    public Optional<GuideVersion> publishedVersion(String guideId) {
        editors.require();
        return store.published(guideId).map(StoredVersion::view);
    }

    /** The version in the workflow (draft, submitted, approved or scheduled), if there is one. */
    @Transactional(readOnly = true)
    public Optional<GuideVersion> openVersion(String guideId) {
        editors.require();
        return versions.findFirstByGuideIdAndStateIn(guideId, OPEN).map(StoredVersion::view);
    }

    /** All versions of a guide, newest first. */
    @Transactional(readOnly = true)
    public List<GuideVersion> versions(String guideId) {
        editors.require();
        return versions.findByGuideIdOrderByNumberDesc(guideId).stream().map(StoredVersion::view).toList();
    }

    /** The versions of a guide that were ever published (the current one and the archived ones), latest first. */
    @Transactional(readOnly = true)
    public List<GuideVersion> publishedVersions(String guideId) {
        editors.require();
        return versions.findByGuideIdOrderByNumberDesc(guideId).stream().filter(StoredVersion::wasPublished)
                .map(StoredVersion::view)
                .sorted(Comparator.comparing((GuideVersion v) -> v.published().at()).reversed()
                        .thenComparing(Comparator.comparing(GuideVersion::number).reversed()))
                .toList();
    }

    /** Two versions of a guide, line by line, per language side. */
    @Transactional(readOnly = true)
    public VersionComparison compare(String guideId, int from, int to) {
        editors.require();
        Map<Language, String> older = find(guideId, from).texts();
        Map<Language, String> newer = find(guideId, to).texts();
        Map<Language, List<DiffLine>> lines = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lines.put(language, LineDiff.between(older.get(language), newer.get(language)));
        }
        return new VersionComparison(guideId, from, to, lines);
    }

    /** Who did what to a guide, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> auditTrail(String guideId) {
        editors.require();
        return audit.findByGuideIdOrderById(guideId).stream().map(ContentAuditEvent::view).toList();
    }

    /** The latest changes to any content, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> recentChanges(int limit) {
        editors.require();
        return audit.findByOrderByIdDesc(Limit.of(Math.max(1, limit))).stream().map(ContentAuditEvent::view).toList();
    }

    // ---- Drafts -----------------------------------------------------------------------------------

    /**
     * A new guide, as version 1 in draft. The texts are its {@code en.md} and {@code fr.md}; either may be empty
     * for now (the checks will say what is missing).
     *
     * @throws ContentException {@link Problem#INVALID_ID}, {@link Problem#GUIDE_EXISTS}, {@link Problem#TOO_LONG}
     */
    @Transactional
    public GuideVersion createGuide(String guideId, String english, String french) {
        return create(ContentKind.GUIDE, guideId, english, french);
    }

    /**
     * A new guide, life event or referral, as version 1 in draft; it goes through the same review and publication
     * as a guide. The texts are its {@code en.md} and {@code fr.md}; either may be empty for now.
     *
     * @return the version; its {@link GuideVersion#guideId()} is the entry's key ({@link ContentKind#key})
     * @throws ContentException {@link Problem#INVALID_ID}, {@link Problem#GUIDE_EXISTS}, {@link Problem#TOO_LONG}
     */
    @Transactional
    public GuideVersion create(ContentKind kind, String id, String english, String french) {
        String actor = editors.require();
        String key = kind.key(id);
        if (key.length() > MAX_ID || !ID.matcher(id).matches()) {
            throw new ContentException(Problem.INVALID_ID, "\"" + id + "\" is not an id: lowercase letters, digits and"
                    + " dashes, at most " + (MAX_ID - key.length() + id.length()) + " characters");
        }
        Map<Language, String> texts = texts(english, french);
        if (guides.existsById(key)) {
            throw exists(kind, id);
        }
        Instant now = clock.instant();
        StoredGuide guide = new StoredGuide(key, actor, now);
        StoredVersion version = new StoredVersion(key, guide.takeNumber(), VersionState.DRAFT, texts, null, actor, now);
        try {
            guides.saveAndFlush(guide);
        } catch (DataIntegrityViolationException e) {
            throw exists(kind, id);
        }
        versions.save(version);
        store.record(actor, "CREATED", key, version.number(), null);
        return flushed(version).view();
    }

    /**
     * A new entry as a copy of the published text of another of the same kind, with its own id: a referral for a new
     * service starts from one whose provinces and shape are right, a life event from a similar one.
     *
     * @param fromKey the key of the published entry to copy
     * @throws ContentException {@link Problem#NOT_FOUND} when {@code fromKey} is not a published entry of this kind, and
     *         as {@link #create}
     */
    @Transactional
    public GuideVersion createFrom(ContentKind kind, String id, String fromKey) {
        editors.require();
        StoredVersion source = store.published(fromKey).filter(v -> ContentKind.of(fromKey) == kind)
                .orElseThrow(() -> notFound(fromKey, null));
        Map<Language, String> texts = source.texts();
        return create(kind, id, KnowledgeBaseFiles.withFrontMatterField(texts.get(Language.EN), "id", id),
                KnowledgeBaseFiles.withFrontMatterField(texts.get(Language.FR), "id", id));
    }

    private static ContentException exists(ContentKind kind, String id) {
        return new ContentException(Problem.GUIDE_EXISTS, "\"" + id + "\" already exists in " + kind.folder() + "/");
    }

    /**
     * A new draft of a published guide, starting from its published text.
     *
     * @throws ContentException {@link Problem#NOT_FOUND}, {@link Problem#OPEN_VERSION_EXISTS}
     */
    @Transactional
    public GuideVersion startDraft(String guideId) {
        String actor = editors.require();
        StoredGuide guide = guides.findById(guideId).orElseThrow(() -> notFound(guideId, null));
        versions.findFirstByGuideIdAndStateIn(guideId, OPEN).ifPresent(open -> {
            throw new ContentException(Problem.OPEN_VERSION_EXISTS, guideId + " already has version " + open.number()
                    + " in the workflow (" + open.state() + ")");
        });
        StoredVersion base = store.published(guideId).orElseThrow(() -> notFound(guideId, null));
        StoredVersion draft = new StoredVersion(guideId, takeNumber(guide), VersionState.DRAFT, base.texts(),
                base.number(), actor, clock.instant());
        versions.save(draft);
        store.record(actor, "DRAFT_STARTED", guideId, draft.number(), "from version " + base.number());
        return flushed(draft).view();
    }

    /**
     * Saves both sides of a draft.
     *
     * @param lockVersion the {@link GuideVersion#lockVersion()} the editor started from
     * @throws ContentException {@link Problem#CONFLICT} when someone saved or moved it since; {@link Problem#WRONG_STATE}
     *         when it is no longer a draft; {@link Problem#TOO_LONG}
     */
    @Transactional
    public GuideVersion saveDraft(String guideId, int number, long lockVersion, String english, String french) {
        return change(guideId, number, lockVersion, "SAVED", null,
                (version, actor) -> version.edit(texts(english, french), actor, clock.instant()));
    }

    /** Deletes a draft that will not be published. The guide's published version stays as it is. */
    @Transactional
    public void discardDraft(String guideId, int number, long lockVersion) {
        String actor = editors.require();
        StoredVersion version = find(guideId, number);
        version.expectLock(lockVersion);
        if (version.state() != VersionState.DRAFT) {
            throw new ContentException(Problem.WRONG_STATE, guideId + " version " + number + " is " + version.state()
                    + "; only a draft can be discarded");
        }
        versions.delete(version);
        store.record(actor, "DISCARDED", guideId, number, null);
        flush();
    }

    // ---- Review -----------------------------------------------------------------------------------

    /**
     * Sends a draft for review. Refused with {@link Problem#NOT_PUBLISHABLE} and the errors when the checks
     * ({@link #check}) find any: a reviewer's time goes to content, not to missing fields.
     */
    @Transactional
    public GuideVersion submit(String guideId, int number, long lockVersion) {
        return change(guideId, number, lockVersion, "SUBMITTED", null, (version, actor) -> {
            requirePublishable(version);
            version.submit(actor, clock.instant());
        });
    }

    /**
     * Approves a submitted version. Four eyes: refused with {@link Problem#OWN_CHANGE} for anyone who created,
     * edited or submitted it.
     */
    @Transactional
    public GuideVersion approve(String guideId, int number, long lockVersion) {
        return change(guideId, number, lockVersion, "APPROVED", null,
                (version, actor) -> version.approve(actor, clock.instant()));
    }

    /** Sends a submitted version back to draft, with a comment that tells its author what to change. */
    @Transactional
    public GuideVersion reject(String guideId, int number, long lockVersion, String comment) {
        String why = comment.strip();
        return change(guideId, number, lockVersion, "REJECTED", why, (version, actor) -> {
            if (why.isEmpty() || why.length() > MAX_COMMENT) {
                throw new ContentException(Problem.COMMENT_REQUIRED, "say what to change, in at most " + MAX_COMMENT
                        + " characters");
            }
            version.reject(why, actor, clock.instant());
        });
    }

    // ---- Publication ------------------------------------------------------------------------------

    /**
     * Publishes an approved (or scheduled) version now: kiosks show it as soon as this returns, found by search
     * and the classifier. The previously published version is archived.
     *
     * @throws ContentException {@link Problem#NOT_PUBLISHABLE} with the problems when the checks find errors or the
     *         knowledge base would not load with it; nothing is changed then
     */
    public GuideVersion publish(String guideId, int number, long lockVersion) {
        String actor = editors.require();
        return publisher.publish(() -> {
            StoredVersion version = find(guideId, number);
            version.expectLock(lockVersion);
            if (version.state() != VersionState.APPROVED && version.state() != VersionState.SCHEDULED) {
                throw new ContentException(Problem.WRONG_STATE, guideId + " version " + number + " is "
                        + version.state() + "; only an approved version can be published");
            }
            // One read of the published files and one parse: the checks' knowledge base is the one put in force.
            PrePublishChecks.Checked checked = checked(version);
            requirePublishable(version, checked.report());
            return publishNow(version, actor, checked.knowledgeBase());
        });
    }

    /** Publishes an approved version at {@code at}, which must be in the future ({@link #publishDue} does it). */
    @Transactional
    public GuideVersion schedule(String guideId, int number, long lockVersion, Instant at) {
        return change(guideId, number, lockVersion, "SCHEDULED", "for " + at, (version, actor) -> {
            if (!at.isAfter(clock.instant())) {
                throw new ContentException(Problem.NOT_IN_FUTURE, at + " is not in the future; publish now instead");
            }
            version.schedule(at, actor, clock.instant());
        });
    }

    /** Takes a scheduled version back to approved: it will not be published by itself. */
    @Transactional
    public GuideVersion unschedule(String guideId, int number, long lockVersion) {
        return change(guideId, number, lockVersion, "UNSCHEDULED", null,
                (version, actor) -> version.unschedule(actor, clock.instant(), null));
    }

    /**
     * Publishes again what an earlier version said, as a new version (the history keeps every step). The text was
     * reviewed when it was first published, so it does not go through review again; the whole knowledge base is
     * still validated with it.
     *
     * @param toNumber a version that was published before
     */
    public GuideVersion rollBack(String guideId, int toNumber) {
        String actor = editors.require();
        return publisher.publish(() -> {
            StoredVersion old = find(guideId, toNumber);
            if (!old.wasPublished()) {
                throw new ContentException(Problem.WRONG_STATE, guideId + " version " + toNumber
                        + " was never published; only a published version can be rolled back to");
            }
            if (old.state() == VersionState.PUBLISHED) {
                throw new ContentException(Problem.WRONG_STATE, guideId + " version " + toNumber + " is the published one");
            }
            StoredGuide guide = guides.findById(guideId).orElseThrow(() -> notFound(guideId, null));
            StoredVersion copy = new StoredVersion(guideId, takeNumber(guide), VersionState.PUBLISHED, old.texts(),
                    toNumber, actor, clock.instant());
            KnowledgeBase next = build(guideId, copy.texts());
            store.published(guideId).ifPresent(current -> archive(current, actor));
            versions.save(copy);
            store.record(actor, "ROLLED_BACK", guideId, copy.number(), "to the text of version " + toNumber);
            return new Change<>(flushed(copy).view(), next);
        });
    }

    /**
     * Publishes the scheduled versions that are due; run by the scheduler every
     * {@code passerelle.content.publish-check-every}. A version that does not pass the checks any more goes back to
     * approved, with the reason as its review comment.
     *
     * @return how many were published
     */
    int publishDue() {
        List<StoredVersion> due = versions.findByStateAndPublishAtLessThanEqualOrderByPublishAt(VersionState.SCHEDULED,
                clock.instant());
        int published = 0;
        for (StoredVersion candidate : due) {
            String guideId = candidate.guideId();
            int number = candidate.number();
            boolean done = publisher.publish(() -> {
                StoredVersion version = find(guideId, number);
                if (version.state() != VersionState.SCHEDULED) {
                    return new Change<>(false, null);
                }
                PrePublishChecks.Checked checked = checked(version);
                List<Finding> errors = checked.report().errors();
                if (errors.isEmpty()) {
                    try {
                        return new Change<>(true,
                                publishNow(version, ContentStore.SYSTEM, checked.knowledgeBase()).knowledgeBase());
                    } catch (ContentException e) {
                        errors = e.findings();
                    }
                }
                String why = "Scheduled publication failed: " + errors.stream().map(Finding::message).toList();
                version.unschedule(ContentStore.SYSTEM, clock.instant(), why);
                store.record(ContentStore.SYSTEM, "SCHEDULED_PUBLISH_FAILED", guideId, number, why);
                flushed(version);
                return new Change<>(false, null);
            });
            published += done ? 1 : 0;
        }
        return published;
    }

    // ---- Checks -----------------------------------------------------------------------------------

    /**
     * The pre-publish checks of a version: required fields in both languages, missing or older language sides, the
     * format and the whole knowledge base with it (the loader's rules), links, phrase clashes, and plain-language
     * hints with a readability score per language. Errors block submission and publication.
     */
    @Transactional(readOnly = true)
    public CheckReport check(String guideId, int number) {
        editors.require();
        return report(find(guideId, number));
    }

    /**
     * Cross-validates the intent classifier on the knowledge base as it would be with this version published (as
     * {@code evaluate-knowledge-base} does, 5 folds): accuracy per language and the guides it confuses. Takes a few
     * seconds; call it off the UI thread.
     *
     * @throws ContentException {@link Problem#NOT_PUBLISHABLE} when the knowledge base would not load with it
     */
    public ClassifierCheck checkClassifier(String guideId, int number) {
        editors.require();
        GuideVersion version = store.version(guideId, number).orElseThrow(() -> notFound(guideId, number));
        KnowledgeBase draft = build(guideId, version.texts());
        Map<Language, ClassifierCheck.LanguageResult> results = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            CrossValidationReport report = intents.check(draft, language);
            List<LabelConfusion> withGuide = report.confusions().stream()
                    .filter(c -> c.first().equals(guideId) || c.second().equals(guideId)).toList();
            results.put(language, new ClassifierCheck.LanguageResult(report.topOneAccuracy(), report.examples(),
                    report.confusions().stream().limit(CONFUSIONS_SHOWN).toList(), withGuide));
        }
        return new ClassifierCheck(guideId, number, results);
    }

    /**
     * The version as a kiosk would show it once published, for the editor's preview: loaded and validated with the
     * rest of the published knowledge base, exactly as publishing would.
     *
     * @throws ContentException {@link Problem#NOT_PUBLISHABLE}, with the loader's finding, when it would not load
     */
    @Transactional(readOnly = true)
    public Guide preview(String guideId, int number) {
        editors.require();
        GuideVersion version = store.version(guideId, number).orElseThrow(() -> notFound(guideId, number));
        return build(guideId, version.texts()).guide(guideId).orElseThrow(() -> notFound(guideId, number));
    }

    // ---- Import and export ------------------------------------------------------------------------

    /**
     * Imports a knowledge-base folder and puts it in force: each guide whose text differs gets a new published
     * version, topics, system phrases and synonyms are replaced. All or nothing.
     *
     * @throws ContentException {@link Problem#NOT_PUBLISHABLE} with the loader's {@code file:line: problem} when a
     *         file is malformed; nothing is changed then
     */
    public ImportResult importKnowledgeBase(Path folder) {
        String actor = editors.require();
        return publisher.publish(() -> {
            try {
                ContentStore.Imported imported = store.importFolder(folder, actor);
                return new Change<>(imported.result(), imported.knowledgeBase());
            } catch (KnowledgeBaseException e) {
                throw notPublishable(e);
            }
        });
    }

    /**
     * Writes the published knowledge base to a folder, in the format it was imported from (the same bytes for what
     * was imported and not changed since). The folder is created, or must be empty or a knowledge-base folder; in
     * the latter case knowledge-base files that are not published content are removed, so that the folder ends up
     * equal to what kiosks show. Other files (a {@code README.md}, {@code .git}) are left alone.
     */
    public ExportResult exportKnowledgeBase(Path folder) {
        String actor = editors.require();
        return store.export(folder, actor);
    }

    // ---- Helpers ----------------------------------------------------------------------------------

    /**
     * One step of the workflow on one version, by the signed-in editor: the version as the caller read it (else
     * {@link Problem#CONFLICT}), the change, its line in the audit log.
     */
    private GuideVersion change(String guideId, int number, long lockVersion, String action, @Nullable String detail,
            BiConsumer<StoredVersion, String> change) {
        String actor = editors.require();
        StoredVersion version = find(guideId, number);
        version.expectLock(lockVersion);
        change.accept(version, actor);
        store.record(actor, action, guideId, number, detail);
        return flushed(version).view();
    }

    /** @param next the knowledge base with this version published, from its checks */
    private Change<GuideVersion> publishNow(StoredVersion version, String actor, @Nullable KnowledgeBase next) {
        Objects.requireNonNull(next, "a version without errors has its knowledge base");
        store.published(version.guideId()).ifPresent(current -> archive(current, actor));
        version.publish(actor, clock.instant());
        store.record(actor, "PUBLISHED", version.guideId(), version.number(), null);
        return new Change<>(flushed(version).view(), next);
    }

    private void archive(StoredVersion current, String actor) {
        current.archive(actor, clock.instant());
        store.record(actor, "ARCHIVED", current.guideId(), current.number(), null);
    }

    /** The complete knowledge base with this guide text published, validated by the loader. */
    private KnowledgeBase build(String guideId, Map<Language, String> texts) {
        try {
            return ContentStore.load(PrePublishChecks.withGuide(store.publishedFiles(), guideId, texts));
        } catch (KnowledgeBaseException e) {
            throw notPublishable(e);
        }
    }

    private void requirePublishable(StoredVersion version) {
        requirePublishable(version, report(version));
    }

    private static void requirePublishable(StoredVersion version, CheckReport report) {
        if (!report.publishable()) {
            throw new ContentException(Problem.NOT_PUBLISHABLE, version.guideId() + " version " + version.number()
                    + " has " + report.errors().size() + " problem(s) to fix: "
                    + report.errors().stream().map(Finding::message).toList(), report.errors(), null);
        }
    }

    private CheckReport report(StoredVersion version) {
        return checked(version).report();
    }

    /** The checks of a version against the published knowledge base, read once. */
    private PrePublishChecks.Checked checked(StoredVersion version) {
        Optional<StoredVersion> published = store.published(version.guideId());
        Map<Language, String> base = version.basedOn() == null ? null
                : versions.findByGuideIdAndNumber(version.guideId(), version.basedOn()).map(StoredVersion::texts)
                        .orElse(null);
        return checks.checked(new PrePublishChecks.Subject(version.guideId(), version.number(), version.texts(), base,
                version.basedOn(), published.map(StoredVersion::number).orElse(null), store.publishedFiles()));
    }

    private static ContentException notPublishable(KnowledgeBaseException e) {
        return new ContentException(Problem.NOT_PUBLISHABLE, e.getMessage(), e.problems().stream()
                .map(p -> PrePublishChecks.finding(Severity.ERROR, Kind.INVALID_KNOWLEDGE_BASE, null, p)).toList(), e);
    }

    private Map<Language, String> texts(@Nullable String english, @Nullable String french) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(Language.EN, english == null ? "" : english);
        texts.put(Language.FR, french == null ? "" : french);
        texts.forEach((language, text) -> {
            if (text.length() > settings.maxTextLength()) {
                throw new ContentException(Problem.TOO_LONG, "the " + language.code() + " side has " + text.length()
                        + " characters; at most " + settings.maxTextLength());
            }
        });
        return texts;
    }

    private StoredVersion find(String guideId, int number) {
        return versions.findByGuideIdAndNumber(guideId, number).orElseThrow(() -> notFound(guideId, number));
    }

    private static ContentException notFound(String guideId, @Nullable Integer number) {
        return new ContentException(Problem.NOT_FOUND, number == null ? "no published guide \"" + guideId + "\""
                : "no version " + number + " of guide \"" + guideId + "\"");
    }

    private int takeNumber(StoredGuide guide) {
        int number = guide.takeNumber();
        flush(() -> guides.saveAndFlush(guide));
        return number;
    }

    private StoredVersion flushed(StoredVersion version) {
        return flush(() -> versions.saveAndFlush(version));
    }

    private void flush() {
        flush(() -> {
            versions.flush();
            return null;
        });
    }

    /** Two editors changed the same row at once: the second to write gets a clear conflict. */
    private static <T> T flush(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ContentException(Problem.CONFLICT, "someone else changed this at the same time; reload it",
                    List.of(), e);
        }
    }
}
