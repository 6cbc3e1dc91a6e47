package org.passerelle.operations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.scheduling.annotation.Scheduled;

/** Every scheduled job runs on one instance at a time: no {@code @Scheduled} method without its lock. */
class JobLocksTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.passerelle");

    private static List<JavaMethod> scheduled() {
        return CLASSES.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class)).toList();
    }

    @Test
    void every_scheduled_method_holds_a_lock_named_after_its_job() {
        // Publication, presence and overflow, help-request housekeeping, insights housekeeping at least.
        assertThat(scheduled()).as("scheduled methods found").hasSizeGreaterThanOrEqualTo(4);
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .because("a job without a lock runs on every instance (operations.JobLocks)").check(CLASSES);
    }

    @Test
    void no_two_jobs_share_a_lock_and_a_lock_returns_nothing() {
        List<JavaMethod> jobs = scheduled();
        List<String> names = jobs.stream().map(m -> m.getAnnotationOfType(SchedulerLock.class).name()).toList();
        assertThat(names).doesNotContain("").doesNotHaveDuplicates();
        // ShedLock refuses to lock a method returning a primitive; anything else would be dropped when skipped.
        assertThat(jobs).allSatisfy(m -> assertThat(m.getRawReturnType().getName()).as(m.getFullName())
                .isEqualTo("void"));
    }

    @Test
    void in_the_tests_no_job_runs_by_itself_within_an_hour_of_a_context_starting() throws IOException {
        // The test JVM's Spring contexts share one in-memory database, each with its own clock: a job run by one
        // context acts on the rows of the tests of another (it once expired a help request a kiosk test had just made).
        StandardEnvironment tests = new StandardEnvironment();
        tests.getPropertySources().addLast(new ResourcePropertySource("classpath:config/application.properties"));
        tests.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        assertThat(scheduled()).allSatisfy(job -> {
            Scheduled scheduled = job.reflect().getAnnotation(Scheduled.class);
            assertThat(scheduled.cron()).as(job.getFullName()).isEmpty();
            for (String delay : List.of(scheduled.fixedDelayString(), scheduled.initialDelayString())) {
                assertThat(DurationStyle.detectAndParse(tests.resolveRequiredPlaceholders(delay)))
                        .as("%s waits %s in the tests", job.getFullName(), delay)
                        .isGreaterThanOrEqualTo(Duration.ofHours(1));
            }
        });
    }
}
