/**
 * The frame shared by the editors' screens of several features (content editing, insights): a shell that leads to
 * their screens by route and depends on no feature's UI, so that no feature's UI imports another's.
 */
@NullMarked
package org.passerelle.staff.ui;

import org.jspecify.annotations.NullMarked;
