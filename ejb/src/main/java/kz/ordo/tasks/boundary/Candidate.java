package kz.ordo.tasks.boundary;

import java.io.Serializable;

/** A proposed executor: who, where, whether they have the skill asked for, how many open tasks they have (R-SEED-7). */
public final class Candidate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String fullName;
    private final String login;
    private final String unitName;
    private final long openTasks;
    private final boolean skilled;

    public Candidate(Long id, String fullName, String login, String unitName, long openTasks, boolean skilled) {
        this.skilled = skilled;
        this.id = id;
        this.fullName = fullName;
        this.login = login;
        this.unitName = unitName;
        this.openTasks = openTasks;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getLogin() {
        return login;
    }

    public String getUnitName() {
        return unitName;
    }

    public boolean isSkilled() {
        return skilled;
    }

    public long getOpenTasks() {
        return openTasks;
    }
}
