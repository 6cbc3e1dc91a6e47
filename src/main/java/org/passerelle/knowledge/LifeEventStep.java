package org.passerelle.knowledge;

/**
 * One step of a life event: a guide, and in one line why it comes at this point ("Service Canada stops the
 * payments and tells other departments").
 */
public record LifeEventStep(String guideId, String why) {
}
