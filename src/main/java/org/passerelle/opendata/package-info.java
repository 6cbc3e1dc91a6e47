/**
 * The open data on the web (issue 15): {@code /open-data} and {@code /fr/open-data}, a plain HTML page (no Vaadin,
 * readable without JavaScript) describing the dataset, its licence (Open Government Licence – Canada) and its data
 * dictionary, and the downloads: the daily figures and the dictionary, in CSV and JSON. Anyone may read them, without
 * signing in ({@code security.ui.SecurityConfiguration}'s public channels).
 *
 * <p>The figures come from {@link org.passerelle.insights.OpenData}, which withholds small counts; this package only
 * lays them out, with the sites' names from {@link org.passerelle.site.SiteService}. It reads no repository.
 */
@NullMarked
package org.passerelle.opendata;

import org.jspecify.annotations.NullMarked;
