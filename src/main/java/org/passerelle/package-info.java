/**
 * Passerelle, a bilingual self-service kiosk for government services: the application (a Spring Boot and Vaadin
 * application, its Clock) and the features in the packages below, one package per feature.
 */
@NullMarked
package org.passerelle;

import org.jspecify.annotations.NullMarked;
