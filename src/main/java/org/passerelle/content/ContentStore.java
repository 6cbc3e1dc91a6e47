package org.passerelle.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseCheck;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.ReferralService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored knowledge base as a whole: the published files, the import of a folder, and the audit log. Shared
 * by {@link ContentService}, the start-up source ({@link DatabaseKnowledgeBase}) and the commands, which run
 * without the rest of the application; so it depends on nothing but the database and a clock.
 */
@Component
@Transactional
class ContentStore {

    /** The actor of what the application does by itself: the start-up import, scheduled publication. */
    static final String SYSTEM = "system";

    private final StoredGuideRepository guides;
    private final StoredVersionRepository versions;
    private final StoredFileRepository files;
    private final ContentAuditRepository audit;
    private final Clock clock;
    /** How many times the published knowledge base was read from the database: tests count a publication's reads. */
    private final AtomicLong publishedReads = new AtomicLong();

    ContentStore(StoredGuideRepository guides, StoredVersionRepository versions, StoredFileRepository files,
            ContentAuditRepository audit, Clock clock) {
        this.guides = guides;
        this.versions = versions;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** A knowledge base and what changed to get it. */
    record Imported(ImportResult result, KnowledgeBase knowledgeBase) {
    }

    /** Nothing was ever imported or published. */
    @Transactional(readOnly = true)
    boolean isEmpty() {
        return files.count() == 0 && versions.countByState(VersionState.PUBLISHED) == 0;
    }

    /** The published knowledge base, as files: what kiosks show and what an export writes. */
    @Transactional(readOnly = true)
    KnowledgeBaseFiles publishedFiles() {
        publishedReads.incrementAndGet();
        Map<String, String> texts = new TreeMap<>();
        for (StoredFile file : files.findAll()) {
            texts.put(file.path(), file.text());
        }
        for (StoredVersion version : versions.findByStateIn(List.of(VersionState.PUBLISHED))) {
            version.texts().forEach((language, text) ->
                    texts.put(ContentKind.path(version.guideId(), language), text));
        }
        return new KnowledgeBaseFiles(texts);
    }

    long publishedReads() {
        return publishedReads.get();
    }

    /**
     * Imports a knowledge-base folder, all or nothing: the folder is read and validated by the loader, then
     * validated again together with the guides only the database has (when there are any); only then is anything
     * written. Each guide whose text differs from its published version gets a new published version (the old one
     * is archived); the other files are replaced. Versions in the workflow are left as they are.
     *
     * @throws org.passerelle.knowledge.KnowledgeBaseException naming the file and line of every problem;
     *         nothing was changed
     */
    Imported importFolder(Path folder, String actor) {
        KnowledgeBaseFiles.Read read = KnowledgeBaseFiles.readChecked(folder);
        KnowledgeBaseFiles incoming = read.files();
        KnowledgeBaseFiles merged = merge(publishedFiles(), incoming);
        // The first import (and any whose folder has every entry the database has) loads the folder's files as
        // they are: the folder's read is that knowledge base, no second parse.
        KnowledgeBase knowledgeBase = merged.equals(incoming) ? withReferrals(read.check()).orThrow() : load(merged);
        Instant now = clock.instant();

        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Map<Language, String>> guide : entryTexts(incoming).entrySet()) {
            String id = guide.getKey();
            Optional<StoredVersion> published = published(id);
            if (published.isPresent() && published.get().texts().equals(guide.getValue())) {
                unchanged++;
                continue;
            }
            StoredGuide stored = guides.findById(id).orElseGet(() -> guides.save(new StoredGuide(id, actor, now)));
            StoredVersion version = new StoredVersion(id, stored.takeNumber(), VersionState.PUBLISHED, guide.getValue(),
                    published.map(StoredVersion::number).orElse(null), actor, now);
            published.ifPresent(old -> {
                old.archive(actor, now);
                record(actor, "ARCHIVED", id, old.number(), "replaced by an import");
            });
            versions.save(version);
            record(actor, "IMPORTED", id, version.number(), "from " + folder.toAbsolutePath().normalize());
            (published.isPresent() ? updated : added).add(id);
        }

        int changedFiles = 0;
        Map<String, String> others = new TreeMap<>(incoming.texts());
        others.keySet().removeIf(path -> ContentKind.side(path).isPresent());
        for (StoredFile stored : files.findAll()) {
            if (!others.containsKey(stored.path())) {
                files.delete(stored);
                changedFiles++;
            }
        }
        for (Map.Entry<String, String> file : others.entrySet()) {
            Optional<StoredFile> stored = files.findById(file.getKey());
            if (stored.isEmpty()) {
                files.save(new StoredFile(file.getKey(), file.getValue(), actor, now));
                changedFiles++;
            } else if (!stored.get().text().equals(file.getValue())) {
                stored.get().replace(file.getValue(), actor, now);
                changedFiles++;
            }
        }
        versions.flush();
        ImportResult result = new ImportResult(added, updated, unchanged, changedFiles);
        record(actor, "IMPORTED", null, null, result.added().size() + " added, " + result.updated().size()
                + " updated, " + unchanged + " unchanged, " + changedFiles + " other files changed, from "
                + folder.toAbsolutePath().normalize());
        return new Imported(result, knowledgeBase);
    }

    /** Writes the published knowledge base to {@code folder}; see {@link KnowledgeBaseExport}. */
    ExportResult export(Path folder, String actor) {
        KnowledgeBaseFiles published = publishedFiles();
        if (published.texts().isEmpty()) {
            throw new ContentException(ContentException.Problem.NOT_FOUND, "the content database is empty: nothing"
                    + " to export");
        }
        ExportResult result = KnowledgeBaseExport.write(published, folder);
        record(actor, "EXPORTED", null, null, result.written() + " files to " + folder.toAbsolutePath().normalize()
                + (result.removed().isEmpty() ? "" : ", removed " + result.removed()));
        return result;
    }

    @Transactional(readOnly = true)
    Optional<StoredVersion> published(String guideId) {
        return versions.findFirstByGuideIdAndStateIn(guideId, List.of(VersionState.PUBLISHED));
    }

    @Transactional(readOnly = true)
    Optional<GuideVersion> version(String guideId, int number) {
        return versions.findByGuideIdAndNumber(guideId, number).map(StoredVersion::view);
    }

    void record(String actor, String action, @Nullable String guideId, @Nullable Integer number,
            @Nullable String detail) {
        audit.save(new ContentAuditEvent(clock.instant(), actor, action, guideId, number, detail));
    }

    /** The database's published files, with the folder's other files instead of its own and its guides on top. */
    private static KnowledgeBaseFiles merge(KnowledgeBaseFiles current, KnowledgeBaseFiles incoming) {
        Map<String, String> merged = new TreeMap<>(current.texts());
        merged.keySet().removeIf(path -> ContentKind.side(path).isEmpty());
        merged.putAll(incoming.texts());
        return new KnowledgeBaseFiles(merged);
    }

    /**
     * Reads and validates a whole knowledge base, referrals included: what the kiosk would run on. The one check
     * the import, publication and start-up go through.
     *
     * @throws org.passerelle.knowledge.KnowledgeBaseException naming the file and line of every problem
     */
    static KnowledgeBase load(KnowledgeBaseFiles files) {
        return check(files).orThrow();
    }

    /**
     * Reads a whole knowledge base once, referrals included, and lists every problem: the pass that the
     * pre-publish checks make and whose knowledge base a publication puts in force.
     */
    static KnowledgeBaseCheck check(KnowledgeBaseFiles files) {
        return withReferrals(files.check());
    }

    /** The check with the referral feature's problems in the referral files it carries, when it has no other. */
    static KnowledgeBaseCheck withReferrals(KnowledgeBaseCheck check) {
        if (check.knowledgeBase() != null) {
            try {
                ReferralService.parse(check.knowledgeBase());
            } catch (KnowledgeBaseException e) {
                return check.withProblems(e.problems());
            }
        }
        return check;
    }

    /**
     * Moves the stored files of the workflow's kinds into published versions, so that they get a history and can be
     * edited: a database imported before life events and referrals were versioned kept them as plain files.
     *
     * @return the keys adopted
     */
    List<String> adoptFiles() {
        Map<String, String> texts = new TreeMap<>();
        List<StoredFile> adopted = files.findAll().stream().filter(f -> ContentKind.side(f.path()).isPresent()).toList();
        adopted.forEach(file -> texts.put(file.path(), file.text()));
        Instant now = clock.instant();
        List<String> keys = new ArrayList<>();
        entryTexts(new KnowledgeBaseFiles(texts)).forEach((key, sides) -> {
            if (guides.existsById(key)) {
                return; // the versions say what is published; the stale file goes below
            }
            StoredGuide stored = guides.save(new StoredGuide(key, SYSTEM, now));
            versions.save(new StoredVersion(key, stored.takeNumber(), VersionState.PUBLISHED, sides, null, SYSTEM, now));
            record(SYSTEM, "IMPORTED", key, 1, "from the stored file");
            keys.add(key);
        });
        files.deleteAll(adopted);
        versions.flush();
        return keys;
    }

    /** Key ({@link ContentKind#key}) → its texts by language, for the files among {@code files} that are versioned. */
    static Map<String, Map<Language, String>> entryTexts(KnowledgeBaseFiles files) {
        Map<String, Map<Language, String>> entries = new TreeMap<>();
        files.texts().forEach((path, text) -> ContentKind.side(path).ifPresent(side -> entries
                .computeIfAbsent(side.key(), key -> new EnumMap<>(Language.class)).put(side.language(), text)));
        return entries;
    }
}
