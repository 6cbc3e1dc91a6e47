package org.passerelle.site;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date (in the site's time zone) on which the site is closed all day and nobody is staffed, with an optional
 * reason in each language ("Family Day" / « Jour de la famille »).
 */
public record Closure(LocalDate date, @Nullable String reasonEn, @Nullable String reasonFr) {

    public static final int REASON_MAX = 200;
}
