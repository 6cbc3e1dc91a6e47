/**
 * The web chat's files ({@code frontend/webchat/}: one script and one stylesheet, no build), served at
 * {@code /webchat/**} so that any allowed site's page can add the chat with one {@code <script>} tag. The chat itself
 * talks to the public API ({@code org.passerelle.api}); nothing here knows help requests or answers.
 */
@NullMarked
package org.passerelle.webchat;

import org.jspecify.annotations.NullMarked;
