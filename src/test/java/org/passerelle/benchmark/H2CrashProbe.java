package org.passerelle.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.util.FileSystemUtils;

/**
 * Reproduces, on H2 alone, how a kill -9 loses commits that had returned (issue 10, {@code RestartDurabilityTest}'s
 * one failure on a loaded machine): a process writes a lot (a first start: migrations, the guides imported), stays
 * idle longer than H2's retention time (45 s: training on a busy machine), then commits 15 small rows, one by one,
 * each printed once its commit returned, and is killed. The probe reopens the file and counts the printed rows that
 * are missing. Options after the URL as given ({@code ;REUSE_SPACE=FALSE} to compare).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.H2CrashProbe -Dexec.args="--rounds 3 --options ;WRITE_DELAY=0"</pre>
 */
public final class H2CrashProbe {

    private static final int ACKED = 15;
    private static final long IDLE_MILLIS = 50_000;

    private H2CrashProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(args[1], Long.parseLong(args[2]));
            return;
        }
        List<String> a = List.of(args);
        int rounds = a.contains("--rounds") ? Integer.parseInt(a.get(a.indexOf("--rounds") + 1)) : 3;
        String options = a.contains("--options") ? a.get(a.indexOf("--options") + 1) : ";WRITE_DELAY=0";
        long idle = a.contains("--idle-ms") ? Long.parseLong(a.get(a.indexOf("--idle-ms") + 1)) : IDLE_MILLIS;
        int lostRounds = 0;
        for (int round = 1; round <= rounds; round++) {
            Path folder = Files.createTempDirectory("h2-crash-probe");
            String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + options;
            try {
                List<Long> acked = runAndKill(url, idle);
                Set<Long> present = new HashSet<>();
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                        ResultSet rs = c.createStatement().executeQuery("select id from acked")) {
                    while (rs.next()) {
                        present.add(rs.getLong(1));
                    }
                }
                List<Long> missing = acked.stream().filter(id -> !present.contains(id)).toList();
                lostRounds += missing.isEmpty() ? 0 : 1;
                System.out.printf(Locale.ROOT, "round %d: %d commits returned before the kill, %d missing after %s%n",
                        round, acked.size(), missing.size(), missing);
            } finally {
                FileSystemUtils.deleteRecursively(folder);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d of %d rounds lost commits that had returned%n", options, lostRounds,
                rounds);
    }

    /** Runs the child on {@code url}, kills it once it has printed every commit, and returns the commits printed. */
    public static List<Long> runAndKill(String url, long idleMillis) throws Exception {
        // This class and H2: under exec:java the JVM's own class path is Maven's, not the project's.
        String classPath = location(H2CrashProbe.class) + java.io.File.pathSeparator + location(org.h2.Driver.class);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classPath, H2CrashProbe.class.getName(), "--child", url, Long.toString(idleMillis))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Long> acked = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals("READY"); line = out.readLine()) {
                acked.add(Long.parseLong(line));
            }
        } finally {
            child.destroyForcibly(); // SIGKILL
            child.waitFor();
        }
        return acked;
    }

    private static String location(Class<?> type) throws java.net.URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void child(String url, long idleMillis) throws SQLException, InterruptedException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table bulk (id int primary key, payload varchar(20000))");
            c.createStatement().execute("create table acked (id bigint primary key)");
            String payload = "x".repeat(8000);
            try (PreparedStatement insert = c.prepareStatement("insert into bulk values (?, ?)");
                    PreparedStatement update = c.prepareStatement("update bulk set payload = ? where id = ?")) {
                for (int i = 0; i < 3000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, payload);
                    insert.executeUpdate();
                }
                for (int i = 0; i < 3000; i++) {
                    update.setString(1, payload + i);
                    update.setInt(2, i);
                    update.executeUpdate();
                }
            }
            c.createStatement().execute("delete from bulk");
            Thread.sleep(idleMillis); // the crash's circumstances, not a wait for a condition
            try (PreparedStatement one = c.prepareStatement("insert into acked values (?)")) {
                for (long id = 1; id <= ACKED; id++) {
                    one.setLong(1, id);
                    one.executeUpdate(); // auto-commit: returned means committed
                    System.out.println(id);
                }
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
