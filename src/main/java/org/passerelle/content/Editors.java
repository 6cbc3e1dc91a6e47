package org.passerelle.content;

import org.passerelle.content.ContentException.Problem;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may touch content: a signed-in EDITOR, or an ADMIN. Checked at the start of every {@link ContentService}
 * method, against the security context of the request or Vaadin UI being handled; the username returned goes into
 * the version and the audit log, so nobody can act in someone else's name.
 */
@Component
class Editors {

    private final CurrentUser user;

    Editors(CurrentUser user) {
        this.user = user;
    }

    /** The signed-in editor's username. */
    String require() {
        String username = user.username().orElseThrow(() ->
                new ContentException(Problem.FORBIDDEN, "sign in as an editor to work on content"));
        if (!user.hasRole(Roles.EDITOR) && !user.hasRole(Roles.ADMIN)) {
            throw new ContentException(Problem.FORBIDDEN, username + " is neither an editor nor an administrator");
        }
        return username;
    }
}
