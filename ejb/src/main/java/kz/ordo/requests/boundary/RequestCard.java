package kz.ordo.requests.boundary;

import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestAction;

import java.util.List;
import java.util.Set;

/**
 * A request as its card shows it, with what the caller may do with it now, read in one call (one transaction):
 * the workflow actions offered, whether the caller may edit, assign or transfer it and where to, and whether they
 * may add tasks to it (its assignee or a manager, while it is open).
 */
public record RequestCard(Request request, Set<RequestAction> actions, boolean editable, boolean assignable,
                          List<OrgUnit> transferTargets, boolean mayAddTask) {
}
