package org.pollcam.security;

import java.util.List;

/**
 * The staff roles. The public is anonymous and has none. Names are the ones Elytron reads from
 * {@code staff_account_role.role} and that {@code @RolesAllowed} and web constraints check.
 */
public final class Roles {

    public static final String OPERATOR = "operator";
    public static final String CLERK = "clerk";
    public static final String AGENT = "agent";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(OPERATOR, CLERK, AGENT, ADMIN);

    private Roles() {
    }
}
