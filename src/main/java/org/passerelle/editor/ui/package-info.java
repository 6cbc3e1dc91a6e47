/**
 * The content editor's screens ({@code /editor}, roles EDITOR and ADMIN): the list of guides, a guide's two
 * language sides edited side by side with its checks, workflow and preview, and its history. They use the
 * {@code content} feature's {@link org.passerelle.content.ContentService}, which checks the role again on every
 * action, and share the editors' frame with the content-gap and dashboard screens of {@code insights.ui}.
 */
@NullMarked
package org.passerelle.editor.ui;

import org.jspecify.annotations.NullMarked;
