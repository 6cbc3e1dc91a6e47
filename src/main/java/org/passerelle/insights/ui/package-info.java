/**
 * The editors' screens for content insights (roles EDITOR and ADMIN): {@code /editor/gaps}, the groups of questions
 * the kiosk failed with the three decisions, and {@code /editor/dashboard}, the figures with charts drawn as SVG on
 * the server ({@link org.passerelle.insights.ui.SvgChart}) and the same data as tables.
 */
@NullMarked
package org.passerelle.insights.ui;

import org.jspecify.annotations.NullMarked;
