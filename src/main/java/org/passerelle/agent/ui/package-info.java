/**
 * The agent console ({@code /agent}, role AGENT): the live queue of help requests, claiming one, the
 * transcript and the guide step the citizen is on, live chat with canned replies in both languages,
 * sending a guide to the kiosk, private notes, "I'm coming over", handing back and closing.
 */
@NullMarked
package org.passerelle.agent.ui;

import org.jspecify.annotations.NullMarked;
