package org.passerelle.content;

import java.util.Arrays;
import org.passerelle.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Publishes a new guide the way editors do (one writes and submits, a second approves, the first publishes), for
 * tests outside this package that need content to change while they watch: {@link TestGuide}'s imaginary word finds
 * it and nothing else.
 */
public final class Publications {

    private Publications() {
    }

    /** A guide published through {@code content}: its id and the word that finds it. */
    public record Published(String id, String word, String englishTitle, String frenchTitle) {
    }

    public static Published publishNewGuide(ContentService content, String prefix) {
        TestGuide guide = ContentTest.newGuide(prefix);
        try {
            signIn("publications-author");
            GuideVersion draft = content.createGuide(guide.id(), guide.english(), guide.french());
            GuideVersion submitted = content.submit(draft.guideId(), draft.number(), draft.lockVersion());
            signIn("publications-reviewer");
            GuideVersion approved = content.approve(submitted.guideId(), submitted.number(), submitted.lockVersion());
            signIn("publications-author");
            content.publish(approved.guideId(), approved.number(), approved.lockVersion());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new Published(guide.id(), guide.word(), "Adopt a " + guide.word(), "Adopter un " + guide.word());
    }

    /** A new guide written and saved as a draft through {@code content}, and not published. */
    public static Published draftNewGuide(ContentService content, String prefix) {
        TestGuide guide = ContentTest.newGuide(prefix);
        try {
            signIn("publications-author");
            content.createGuide(guide.id(), guide.english(), guide.french());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new Published(guide.id(), guide.word(), "Adopt a " + guide.word(), "Adopter un " + guide.word());
    }

    private static void signIn(String editor) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(editor, "n/a",
                AuthorityUtils.createAuthorityList(Arrays.stream(new String[] {Roles.EDITOR}).map(r -> "ROLE_" + r)
                        .toList())));
        SecurityContextHolder.setContext(context);
    }
}
