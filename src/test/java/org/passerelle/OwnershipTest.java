package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One owner per rule, written as tests: a feature's repositories, entities and tables are its own; a screen calls
 * services, never another feature's screens (the staff frame, shared by all, aside); no two files need each other (navigation between screens aside); an
 * event another feature hears is heard after commit; every published event has a listener. Each check first asserts
 * that it found what it checks, so that none passes on nothing.
 */
class OwnershipTest {

    private static final String ROOT = "org.passerelle.";
    private static final Path SOURCES = Path.of("src/main/java/org/passerelle");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern STATEMENT =
            Pattern.compile("(?is)\\s*(select|insert|update|delete|merge|with|create|alter|drop|truncate)\\b");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.passerelle");
    }

    /** The feature a class belongs to: the first package under org.passerelle ({@code kiosk} for kiosk.ui.AskView). */
    static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return "";
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** A screen, or the public API: a web layer, which calls services and owns nothing (issue 15). */
    static boolean isUi(JavaClass type) {
        String name = type.getPackageName();
        return name.contains(".ui") || name.equals(ROOT + "api") || name.startsWith(ROOT + "api.");
    }

    static boolean ours(JavaClass type) {
        return type.getPackageName().startsWith(ROOT);
    }

    @Test
    void only_a_features_own_services_touch_its_repositories_and_entities() {
        List<JavaClass> owned = classes.stream().filter(c -> c.isAssignableTo(Repository.class)
                || c.isAnnotatedWith(Entity.class)).toList();
        assertThat(owned).as("repositories and entities found").hasSizeGreaterThan(10);
        List<String> violations = new ArrayList<>();
        for (JavaClass target : owned) {
            for (Dependency access : target.getDirectDependenciesToSelf()) {
                JavaClass from = outermost(access.getOriginClass());
                if (!ours(from) || from.equals(outermost(target))) {
                    continue;
                }
                if (!feature(from).equals(feature(target)) || isUi(from)) {
                    violations.add(from.getName() + " -> " + target.getName());
                }
            }
        }
        assertThat(new TreeSet<>(violations)).as("uses of another feature's (or, from a screen, any) repository or entity")
                .isEmpty();
    }

    @Test
    void a_table_is_named_only_by_the_feature_that_owns_it() throws IOException {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(tables).as("tables created by the migrations").hasSizeGreaterThan(10);
        Map<String, Set<String>> namedBy = new TreeMap<>();
        classes.stream().filter(c -> c.isAnnotatedWith(Table.class)).forEach(c -> namedBy
                .computeIfAbsent(c.getAnnotationOfType(Table.class).name().toLowerCase(Locale.ROOT),
                        t -> new TreeSet<>()).add(feature(c)));
        Pattern sql = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");
        int statements = 0;
        for (Map.Entry<Path, String> source : sources().entrySet()) {
            String feature = SOURCES.relativize(source.getKey()).getName(0).toString();
            for (String literal : stringLiterals(source.getValue())) {
                if (!STATEMENT.matcher(literal).lookingAt()) {
                    continue; // a message or a log line, not SQL
                }
                Matcher m = sql.matcher(literal);
                while (m.find()) {
                    String table = m.group(1).toLowerCase(Locale.ROOT);
                    if (tables.contains(table)) {
                        statements++;
                        namedBy.computeIfAbsent(table, t -> new TreeSet<>()).add(feature);
                    }
                }
            }
        }
        assertThat(statements).as("SQL naming a table, found in the sources").isPositive();
        Map<String, Set<String>> shared = new TreeMap<>();
        namedBy.forEach((table, features) -> {
            if (features.size() > 1) {
                shared.put(table, features);
            }
        });
        assertThat(shared).as("tables named by more than one feature (entity or SQL)").isEmpty();
    }

    @Test
    void a_screen_never_uses_another_features_screens() {
        List<JavaClass> screens = classes.stream().filter(OwnershipTest::isUi).toList();
        assertThat(screens).as("UI classes found").hasSizeGreaterThan(20);
        Set<String> violations = new TreeSet<>();
        for (JavaClass screen : screens) {
            for (Dependency dependency : screen.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                // staff/ui is the frame every staff screen shares, a feature of none (ArchitectureTest keeps it
                // knowing no screen): the one UI another feature's screens may use.
                if (ours(target) && isUi(target) && !feature(target).equals(feature(screen))
                        && !feature(target).equals("staff")) {
                    violations.add(outermost(screen).getName() + " -> " + outermost(target).getName());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Files (a top-level class with its nested ones) that need each other cannot be understood, tested or changed
     * apart. Screens that navigate to each other by class are the one circle allowed: Vaadin's type-safe navigation.
     */
    @Test
    void no_two_files_need_each_other_except_screens_that_navigate_to_each_other() {
        Map<JavaClass, Set<JavaClass>> graph = new LinkedHashMap<>();
        for (JavaClass type : classes) {
            JavaClass from = outermost(type);
            Set<JavaClass> edges = graph.computeIfAbsent(from, f -> new java.util.LinkedHashSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass to = outermost(dependency.getTargetClass());
                if (ours(to) && !to.equals(from) && !(isView(from) && isView(to))) {
                    edges.add(to);
                }
            }
        }
        assertThat(graph).as("files found").hasSizeGreaterThan(100);
        List<List<String>> circles = stronglyConnected(graph).stream().filter(c -> c.size() > 1)
                .map(c -> c.stream().map(JavaClass::getName).sorted().toList()).toList();
        assertThat(circles).isEmpty();
    }

    @Test
    void an_event_another_feature_hears_is_heard_after_commit() {
        List<JavaMethod> listeners = listeners();
        assertThat(listeners).as("event listeners found").hasSizeGreaterThan(5);
        List<String> violations = new ArrayList<>();
        for (JavaMethod listener : listeners) {
            JavaClass event = listener.getRawParameterTypes().getFirst();
            if (ours(event) && !feature(event).equals(feature(listener.getOwner()))
                    && !listener.isAnnotatedWith(TransactionalEventListener.class)) {
                violations.add(listener.getFullName());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void every_published_event_has_a_listener() {
        Pattern published = Pattern.compile("publishEvent\\(\\s*(?:new\\s+)?([A-Z][A-Za-z0-9]*)");
        Set<String> events = new TreeSet<>();
        for (String source : sources().values()) {
            Matcher m = published.matcher(source);
            while (m.find()) {
                events.add(m.group(1));
            }
        }
        assertThat(events).as("published events found").hasSizeGreaterThan(5);
        Set<JavaClass> heard = new HashSet<>();
        for (JavaMethod listener : listeners()) {
            heard.add(listener.getRawParameterTypes().getFirst());
        }
        // A listener of an interface (the cluster's outbox hears every Broadcast) hears the events that implement it.
        events.removeIf(event -> classes.stream().filter(c -> c.getSimpleName().equals(event))
                .anyMatch(c -> heard.stream().anyMatch(h -> c.isAssignableTo(h.getName()))));
        assertThat(events).as("events published and heard by nothing").isEmpty();
    }

    private static List<JavaMethod> listeners() {
        return classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(EventListener.class) || m.isAnnotatedWith(TransactionalEventListener.class))
                .filter(m -> m.getRawParameterTypes().size() == 1).toList();
    }

    private static boolean isView(JavaClass type) {
        return type.isAnnotatedWith(Route.class);
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static Map<Path, String> sources() {
        Map<Path, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.put(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(sources).as("main sources found").hasSizeGreaterThan(100);
        return sources;
    }

    private static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher m = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL).matcher(source);
        while (m.find()) {
            literals.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return literals;
    }

    /** Tarjan's strongly connected components, iteratively (the graph has hundreds of files). */
    private static List<List<JavaClass>> stronglyConnected(Map<JavaClass, Set<JavaClass>> graph) {
        Map<JavaClass, Integer> index = new HashMap<>();
        Map<JavaClass, Integer> low = new HashMap<>();
        Deque<JavaClass> stack = new ArrayDeque<>();
        Set<JavaClass> onStack = new java.util.HashSet<>();
        List<List<JavaClass>> components = new ArrayList<>();
        int[] counter = {0};
        for (JavaClass start : graph.keySet()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Map.Entry<JavaClass, java.util.Iterator<JavaClass>>> work = new ArrayDeque<>();
            visit(start, index, low, stack, onStack, counter, work, graph);
            while (!work.isEmpty()) {
                var top = work.peek();
                JavaClass node = top.getKey();
                if (top.getValue().hasNext()) {
                    JavaClass next = top.getValue().next();
                    if (!index.containsKey(next)) {
                        visit(next, index, low, stack, onStack, counter, work, graph);
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    JavaClass parent = work.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    List<JavaClass> component = new ArrayList<>();
                    JavaClass member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    components.add(component);
                }
            }
        }
        return components;
    }

    private static void visit(JavaClass node, Map<JavaClass, Integer> index, Map<JavaClass, Integer> low,
            Deque<JavaClass> stack, Set<JavaClass> onStack, int[] counter,
            Deque<Map.Entry<JavaClass, java.util.Iterator<JavaClass>>> work, Map<JavaClass, Set<JavaClass>> graph) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        work.push(Map.entry(node, graph.getOrDefault(node, Set.of()).iterator()));
    }
}
