package org.passerelle.knowledge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Start-up work that a bean begins in its constructor, on a thread of its own, so that Spring creates the
 * application's other beans meanwhile: loading the knowledge base, building the search index, loading or training the
 * intent model. On two cores start-up otherwise runs on one thread and leaves the other core mostly idle.
 *
 * <p>Whoever needs the result waits for it with {@link #get}. The beans that start such work also wait for it once every
 * singleton exists ({@code SmartInitializingSingleton}), which is before the web server starts: the first page a kiosk
 * gets is served by an application that can answer, and work that fails (a malformed knowledge base) still stops the
 * start-up with its own exception, as when it ran on the main thread.
 */
public final class BackgroundStart<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private BackgroundStart() {
    }

    /** Starts {@code work} on a new platform thread named {@code name}. */
    public static <T> BackgroundStart<T> run(String name, Supplier<T> work) {
        BackgroundStart<T> start = new BackgroundStart<>();
        // A platform thread: the work is CPU-bound (parsing, indexing, training). Daemon: a start-up that fails on
        // the main thread meanwhile must not be kept alive by it.
        Thread.ofPlatform().name(name).daemon(true).start(() -> {
            try {
                start.result.complete(work.get());
            } catch (Throwable e) {
                start.result.completeExceptionally(e);
            }
        });
        return start;
    }

    /** The result, once the work is done; the work's own exception when it failed. */
    public T get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
