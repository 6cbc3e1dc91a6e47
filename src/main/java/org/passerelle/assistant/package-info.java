/**
 * Turns a citizen's question into an answer: intent classification and search, then a guide, a question back
 * ("is this what you need?", "did you mean…?"), a referral, or "I don't know". The API is
 * {@link org.passerelle.assistant.Assistant}, the {@link org.passerelle.assistant.Answer} types and the conversation.
 */
@NullMarked
package org.passerelle.assistant;

import org.jspecify.annotations.NullMarked;
