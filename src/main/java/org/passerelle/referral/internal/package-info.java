/**
 * Reading a referral's two language files. Hidden: other features go through the referral feature's service.
 */
@NullMarked
package org.passerelle.referral.internal;

import org.jspecify.annotations.NullMarked;
