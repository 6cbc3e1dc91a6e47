package org.passerelle.content;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.passerelle.MutableClock;
import org.passerelle.knowledge.Language;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Shared set-up of the content tests: one Spring context with its own database (publishing changes what every
 * kiosk of that context sees, so the other features' tests must not share it), a clock the tests move, editors
 * to sign in as, and guides whose words no other guide uses. Each test works on guides it creates.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:content-test;DB_CLOSE_DELAY=-1")
@Import(MutableClock.Config.class)
abstract class ContentTest {

    static final String ALICE = "alice";
    static final String BRUNO = "bruno";

    private static final AtomicInteger guides = new AtomicInteger();

    @Autowired
    ContentService content;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void aliceSignsIn() {
        signIn(ALICE, Roles.EDITOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String username, String... roles) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toList())));
        SecurityContextHolder.setContext(context);
    }

    /** A guide no other guide resembles: its id and its one keyword are new. */
    static TestGuide newGuide(String prefix) {
        int n = guides.incrementAndGet();
        StringBuilder letters = new StringBuilder();
        for (int i = n; i > 0; i /= 26) {
            letters.append((char) ('a' + (i - 1) % 26));
        }
        return new TestGuide(prefix + "-" + n, "zorbl" + prefix.replaceAll("[^a-z]", "") + letters);
    }

    /** Creates the guide's draft as the signed-in editor and takes it to approved (approved by {@link #BRUNO}). */
    GuideVersion approved(TestGuide guide) {
        GuideVersion draft = content.createGuide(guide.id(), guide.english(), guide.french());
        return approve(draft);
    }

    GuideVersion approve(GuideVersion draft) {
        String author = currentUser();
        GuideVersion submitted = content.submit(draft.guideId(), draft.number(), draft.lockVersion());
        signIn(BRUNO, Roles.EDITOR);
        GuideVersion approved = content.approve(submitted.guideId(), submitted.number(), submitted.lockVersion());
        signIn(author, Roles.EDITOR);
        return approved;
    }

    GuideVersion published(TestGuide guide) {
        GuideVersion approved = approved(guide);
        return content.publish(approved.guideId(), approved.number(), approved.lockVersion());
    }

    static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    static Map<Language, String> sides(GuideVersion version) {
        return version.texts();
    }
}
