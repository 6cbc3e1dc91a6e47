package org.passerelle.handoff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.passerelle.handoff.HandoffUpdate.Kind;

/** What {@link HandoffFeed} told a test, as a screen that follows the feed would have heard it. */
final class FeedRecorder {

    private final List<HandoffUpdate> heard = new CopyOnWriteArrayList<>();
    private final HandoffFeed.Subscription subscription;

    /** Follows the updates {@code which} accepts (others' updates may arrive meanwhile: the housekeeping's). */
    FeedRecorder(HandoffFeed feed, Predicate<HandoffUpdate> which) {
        subscription = feed.subscribe(update -> {
            if (which.test(update)) {
                heard.add(update);
            }
        });
    }

    void stop() {
        subscription.cancel();
    }

    /** Every update heard so far, in order. */
    List<HandoffUpdate> all() {
        return List.copyOf(heard);
    }

    /** What was heard after the first {@code count} updates. */
    List<HandoffUpdate> after(int count) {
        return List.copyOf(heard.subList(count, heard.size()));
    }

    /** The kinds of update heard about one request, in order. */
    List<Kind> about(long requestId) {
        return heard.stream().filter(update -> update.requestId() == requestId).map(HandoffUpdate::kind).toList();
    }

    long times(long requestId, Kind kind) {
        return about(requestId).stream().filter(kind::equals).count();
    }
}
