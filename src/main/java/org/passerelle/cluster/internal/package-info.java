/** The bus's wire format and its reading position in the outbox; used by the cluster feature only. */
@NullMarked
package org.passerelle.cluster.internal;

import org.jspecify.annotations.NullMarked;
