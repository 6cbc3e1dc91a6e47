package org.passerelle.editor.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.passerelle.MutableClock;
import org.passerelle.content.ContentService;
import org.passerelle.knowledge.GuideForm;
import org.passerelle.knowledge.GuideForm.StepForm;
import org.passerelle.content.GuideVersion;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SampleKnowledgeBase;
import org.passerelle.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Shared set-up of the editor screens' browserless tests: a Spring context with its own database (publishing
 * changes what every kiosk of the context sees, so the kiosk's tests must not share it), the signed-in user of
 * {@code @WithMockUser} seen by Vaadin's access control, English until a test says otherwise, and guides about
 * imaginary animals that no other guide resembles. The knowledge base is the two-guide sample, not the bundled one:
 * every publication checks, indexes and trains on everything published, seconds per publication on the bundled guides.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
abstract class EditorUiTest extends SpringBrowserlessTest {

    private static final AtomicInteger guides = new AtomicInteger();

    private static final Path KNOWLEDGE_BASE = SampleKnowledgeBase.writeTemporary();

    @DynamicPropertySource
    static void smallKnowledgeBase(DynamicPropertyRegistry registry) {
        registry.add("passerelle.knowledge-base.path", KNOWLEDGE_BASE::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:editor-ui-test;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    ContentService content;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** A new guide id and the made-up word its phrases are about. */
    record Animal(String id, String word) {
    }

    static Animal newAnimal(String prefix) {
        int n = guides.incrementAndGet();
        StringBuilder letters = new StringBuilder();
        for (int i = n; i > 0; i /= 26) {
            letters.append((char) ('a' + (i - 1) % 26));
        }
        return new Animal(prefix + "-" + n, "quibbl" + prefix.replaceAll("[^a-z]", "") + letters);
    }

    static GuideForm english(Animal animal) {
        return new GuideForm(animal.id(), "Adopt a " + animal.word(), "For people who want a " + animal.word() + " at home.",
                "id-documents", "https://www.canada.ca/en.html", "2026-11-20", List.of(), List.of(),
                List.of(new StepForm("Fill out the form", "Ask for the form at the desk. Fill it out and sign it.",
                        false, false, "", "10 minutes", List.of()),
                        new StepForm("Hand it in", "Give the form to the clerk.", false, false, "Free", "", List.of("Your ID"))),
                List.of("%s", "adopt a %s", "how do i adopt a %s", "%s adoption", "get a %s", "i want a %s",
                        "%s application", "apply for a %s", "%s form", "where to get a %s", "%s help", "need a %s",
                        "%s pet", "can i have a %s", "%s papers").stream().map(q -> q.formatted(animal.word())).toList());
    }

    static GuideForm french(Animal animal) {
        return new GuideForm(animal.id(), "Adopter un " + animal.word(), "Pour les gens qui veulent un " + animal.word()
                + " à la maison.", "id-documents", "https://www.canada.ca/fr.html", "2026-11-20", List.of(), List.of(),
                List.of(new StepForm("Remplir le formulaire", "Demandez le formulaire au comptoir. Remplissez-le et signez-le.",
                        false, false, "", "10 minutes", List.of()),
                        new StepForm("Le remettre", "Donnez le formulaire au commis.", false, false, "Gratuit", "",
                                List.of("Votre pièce d’identité"))),
                List.of("%s", "adopter un %s", "comment adopter un %s", "adoption %s", "obtenir un %s", "je veux un %s",
                        "demande de %s", "demander un %s", "formulaire %s", "ou avoir un %s", "aide %s",
                        "besoin d un %s", "%s animal", "puis je avoir un %s", "papiers %s").stream()
                        .map(q -> q.formatted(animal.word())).toList(), Language.FR);
    }

    /** Does something as another signed-in user, then signs the test's user back in. */
    static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContext mine = SecurityContextHolder.getContext();
        var other = SecurityContextHolder.createEmptyContext();
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        SecurityContextHolder.setContext(other);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    /** The animal's guide, written by {@code author}, submitted and approved by someone else. */
    GuideVersion approvedBy(String author, String reviewer, Animal animal) {
        GuideVersion draft = as(author, Roles.EDITOR, () -> content.createGuide(animal.id(), english(animal).toText(),
                french(animal).toText()));
        GuideVersion submitted = as(author, Roles.EDITOR, () -> content.submit(animal.id(), draft.number(),
                draft.lockVersion()));
        return as(reviewer, Roles.EDITOR, () -> content.approve(animal.id(), submitted.number(),
                submitted.lockVersion()));
    }

    GuideVersion publishedBy(String author, String reviewer, Animal animal) {
        GuideVersion approved = approvedBy(author, reviewer, animal);
        return as(reviewer, Roles.EDITOR, () -> content.publish(animal.id(), approved.number(), approved.lockVersion()));
    }
}
