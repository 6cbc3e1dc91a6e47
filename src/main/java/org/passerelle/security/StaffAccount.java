package org.passerelle.security;

import java.util.Set;

/**
 * A staff member's account as other features see it: never the password hash.
 *
 * @param username    what they type to sign in, in lower case; also what the audit log records
 * @param displayName what colleagues and citizens read ("Alex Martin")
 * @param roles       some of {@link Roles#ALL}
 * @param enabled     false once the account is switched off; a disabled account cannot sign in
 */
public record StaffAccount(String username, String displayName, Set<String> roles, boolean enabled) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }
}
