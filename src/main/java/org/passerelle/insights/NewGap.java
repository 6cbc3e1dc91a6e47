package org.passerelle.insights;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * A failed question to keep, as the listener hands it over.
 *
 * @param text    what the citizen typed; redacted by {@link GapService} before anything is stored
 * @param guideId the guide involved, if any (the one that did not help, the one on screen when help was asked)
 * @param reason  with {@link GapKind#HELP_REQUESTED}: the help request's reason
 */
record NewGap(GapKind kind, Language language, String text, @Nullable String guideId, @Nullable String reason) {

    NewGap {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(language);
        Objects.requireNonNull(text);
    }
}
