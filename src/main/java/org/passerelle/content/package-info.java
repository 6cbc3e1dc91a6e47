/**
 * Content editing: the knowledge base's guides stored in the database, with versions and a publishing workflow.
 *
 * <p>The API is {@link org.passerelle.content.ContentService} and its records; entities, repositories and the
 * helpers behind them are package-private. In short:
 * <ul>
 * <li>A guide has numbered versions. Each holds the guide's two files, {@code en.md} and {@code fr.md}, as text
 * (format: {@code knowledge-base/README.md}), so the existing validating loader reads them with the rules it
 * applies on disk, and an export writes the same bytes back.</li>
 * <li>Workflow: {@code DRAFT → SUBMITTED → APPROVED → PUBLISHED}, or {@code APPROVED → SCHEDULED → PUBLISHED} at
 * a chosen time; a published version that another replaces becomes {@code ARCHIVED}. A reviewer may send a
 * submitted version back to {@code DRAFT} with a comment. Nobody approves a version they created, edited or
 * submitted (four eyes). A draft carries an optimistic lock: saving over a version someone else changed is
 * refused with {@link org.passerelle.content.ContentException.Problem#CONFLICT}.</li>
 * <li>Publishing builds the whole new knowledge base from the published versions, validates it with the loader's
 * rules and only then swaps it in ({@code KnowledgeService.replace}): search re-indexes and the classifier retrains
 * without a restart, and a failed validation changes nothing.</li>
 * <li>Every change is in an audit log (who, what, when). Every method requires a signed-in EDITOR or ADMIN.</li>
 * <li>The database is the source of the kiosk's knowledge base: on first start with an empty database the folder
 * {@code passerelle.knowledge-base.path} is imported ({@code passerelle.content.import-when-empty}). The commands
 * {@code import-knowledge-base DIR} and {@code export-knowledge-base DIR} move content between folder and
 * database.</li>
 * </ul>
 * Tables: {@code content_guide}, {@code content_guide_version}, {@code content_file}, {@code content_audit}
 * (migration {@code V5__content.sql}). This feature knows nothing of the kiosk, help requests or any UI.
 */
@NullMarked
package org.passerelle.content;

import org.jspecify.annotations.NullMarked;
