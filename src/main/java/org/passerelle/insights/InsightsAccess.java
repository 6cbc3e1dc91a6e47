package org.passerelle.insights;

import org.passerelle.insights.InsightsException.Problem;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may read the content gaps and the dashboard and decide on gaps: a signed-in EDITOR or ADMIN. Checked by the
 * services themselves, not only by the screens' route annotations, so no other caller gets past it; and a decision
 * is recorded in the name of the signed-in editor only.
 */
@Component
class InsightsAccess {

    private final CurrentUser user;

    InsightsAccess(CurrentUser user) {
        this.user = user;
    }

    /** The signed-in editor's username. */
    String require() {
        String username = user.username().orElseThrow(() -> new InsightsException(Problem.FORBIDDEN));
        if (!user.hasRole(Roles.EDITOR) && !user.hasRole(Roles.ADMIN)) {
            throw new InsightsException(Problem.FORBIDDEN);
        }
        return username;
    }

    /** As {@link #require()}, and {@code editor} must be the signed-in user. */
    String require(String editor) {
        String username = require();
        if (!username.equals(editor)) {
            throw new InsightsException(Problem.FORBIDDEN);
        }
        return username;
    }
}
