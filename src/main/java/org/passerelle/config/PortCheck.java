package org.passerelle.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the kiosk's start at once, with a message saying which port and how to choose another, when its HTTP port is
 * already taken — typically by a first server still running when someone starts the demo profile beside it. Without
 * it the second start imports, trains and builds everything first (tens of seconds on two cores) and only then fails
 * on the port. Added by {@code Application.main} only: tests start on their own (random) ports.
 */
public final class PortCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The configured port is in use; {@link Analyzer} turns it into what the person starting the kiosk reads. */
    public static final class PortTakenException extends RuntimeException {

        private final int port;

        PortTakenException(int port, IOException cause) {
            super("Port " + port + " is already in use", cause);
            this.port = port;
        }

        public int port() {
            return port;
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        int port = environment.getProperty("server.port", Integer.class, 8080);
        if (port <= 0) {
            return;
        }
        String address = environment.getProperty("server.address");
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address == null ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            throw new PortTakenException(port, e);
        }
    }

    /** After the logging system is ready, so that the failure report is printed. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Registered in {@code META-INF/spring.factories}. */
    public static final class Analyzer extends AbstractFailureAnalyzer<PortTakenException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, PortTakenException cause) {
            int port = cause.port();
            int next = port == 65535 ? 8081 : port + 1;
            return new FailureAnalysis("Passerelle cannot start: port " + port + " is already in use, perhaps by"
                    + " another Passerelle server that is still running.",
                    "Stop the other server, or start this one on another port, for example:\n"
                            + "    ./run --server.port=" + next + "\n"
                            + "or  PORT=" + next + " ./run", cause);
        }
    }
}
