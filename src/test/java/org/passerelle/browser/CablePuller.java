package org.passerelle.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A TCP relay between a browser and the test server whose cable a test can pull out and plug back in: unplugged,
 * every open connection (the push WebSocket too) is cut and new ones are refused, as when a kiosk's network goes;
 * the server itself keeps running, with the kiosk's session and help request.
 */
final class CablePuller implements AutoCloseable {

    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private @Nullable ServerSocket listening;

    CablePuller(int targetPort) {
        this.target = targetPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        plugIn();
    }

    /** Where the browser should go: {@code http://localhost:<port>}. */
    String url() {
        return "http://localhost:" + port;
    }

    synchronized void plugIn() {
        if (listening != null) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listening = server;
            Thread.ofVirtual().start(() -> accept(server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void unplug() {
        if (listening == null) {
            return;
        }
        quietly(listening);
        listening = null;
        open.forEach(CablePuller::quietly);
        open.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket browser = server.accept();
                Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(browser);
                open.add(app);
                Thread.ofVirtual().start(() -> pipe(browser, app));
                Thread.ofVirtual().start(() -> pipe(app, browser));
            } catch (IOException e) {
                return; // unplugged
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (SocketException e) {
            // cut by unplug(), or the other side closed
        } catch (IOException e) {
            // same: a relay has nothing to report
        } finally {
            quietly(from);
            quietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    @Override
    public void close() {
        unplug();
    }
}
