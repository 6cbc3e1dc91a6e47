/** How the operations feature counts the runs of scheduled jobs. */
@NullMarked
package org.passerelle.operations.internal;

import org.jspecify.annotations.NullMarked;
