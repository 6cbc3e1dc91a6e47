/** How text becomes classifier features: normalisation, tokens, stems, n-grams. Not part of the API. */
@NullMarked
package org.passerelle.intent.internal;

import org.jspecify.annotations.NullMarked;
