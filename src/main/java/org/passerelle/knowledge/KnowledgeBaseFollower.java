package org.passerelle.knowledge;

/**
 * A feature that derives something from the knowledge base (the search index, the intent model) and must change
 * with it in one step. When the knowledge base is replaced, {@link KnowledgeService} first asks every follower to
 * {@link #prepare} the next state beside the one in force (the slow part: training a model takes seconds), then
 * runs every returned action and swaps the knowledge base together, while no {@link KnowledgeService#consistent}
 * reader is in progress. A kiosk's answer therefore never mixes the old classifier with the new guides.
 */
public interface KnowledgeBaseFollower {

    /**
     * Builds what this feature derives from {@code next}, without putting it in force.
     *
     * @return the action that puts it in force; quick, and must not fail
     */
    Runnable prepare(KnowledgeBase next);
}
