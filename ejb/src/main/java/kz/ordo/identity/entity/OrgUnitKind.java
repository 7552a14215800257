package kz.ordo.identity.entity;

import java.util.EnumSet;
import java.util.Set;

/** Levels of the organisation (R-SEED-1): company → city → branch → department. */
public enum OrgUnitKind {
    COMPANY, CITY, BRANCH, DEPARTMENT;

    /** Which kinds may sit directly under this one. */
    public Set<OrgUnitKind> allowedChildren() {
        return switch (this) {
            case COMPANY -> EnumSet.of(CITY, BRANCH, DEPARTMENT);
            case CITY -> EnumSet.of(BRANCH, DEPARTMENT);
            case BRANCH, DEPARTMENT -> EnumSet.of(DEPARTMENT);
        };
    }
}
