package kz.ordo.identity.entity;

/** The nine roles of R-ROLE-1; a user may hold several. The names are the container's security roles. */
public enum Role {
    ADMIN, HEAD, MANAGER, EXECUTOR, FINANCE, LAWYER, MARKETING, IT, CONTRACTOR;

    /** String constants for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String HEAD = "HEAD";
        public static final String MANAGER = "MANAGER";
        public static final String EXECUTOR = "EXECUTOR";
        public static final String FINANCE = "FINANCE";
        public static final String LAWYER = "LAWYER";
        public static final String MARKETING = "MARKETING";
        public static final String IT = "IT";
        public static final String CONTRACTOR = "CONTRACTOR";

        private Names() {
        }
    }
}
