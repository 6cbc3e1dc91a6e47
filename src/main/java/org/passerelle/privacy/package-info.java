/**
 * Redaction of personal identifiers before a conversation is stored or shown to a support agent: social
 * insurance numbers, payment card numbers, phone numbers, e-mail addresses, Canadian postal codes, dates of
 * birth, street addresses and names introduced as such ("my name is …", "Mme …", "mon fils …"), in English and
 * French text.
 *
 * <p>The API is {@link org.passerelle.privacy.Redactor} and the records and enum it returns
 * ({@link org.passerelle.privacy.Redaction}, {@link org.passerelle.privacy.Finding},
 * {@link org.passerelle.privacy.Kind}). Each kind of identifier has a package-private finder; the redactor
 * folds the text once (Unicode digits, spaces and dashes to ASCII), runs the finders and keeps the longest of
 * overlapping findings. The feature depends on no other Passerelle feature.
 */
@NullMarked
package org.passerelle.privacy;

import org.jspecify.annotations.NullMarked;
