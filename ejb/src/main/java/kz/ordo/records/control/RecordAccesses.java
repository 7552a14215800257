package kz.ordo.records.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.NotFoundException;

/** Finds the {@link RecordAccess} of a record's type; an unknown type is treated as a missing record. */
@ApplicationScoped
public class RecordAccesses {

    @Inject
    @Any
    Instance<RecordAccess> all;

    public void checkVisible(RecordRef ref) {
        of(ref).checkVisible(ref.id());
    }

    public void checkContributable(RecordRef ref) {
        of(ref).checkContributable(ref.id());
    }

    public boolean visibleTo(RecordRef ref, kz.ordo.identity.control.Caller who) {
        return of(ref).visibleTo(ref.id(), who);
    }

    public RecordSummary describe(RecordRef ref) {
        return of(ref).describe(ref.id());
    }

    private RecordAccess of(RecordRef ref) {
        for (RecordAccess a : all) {
            if (a.type().equals(ref.type())) {
                return a;
            }
        }
        throw new NotFoundException(ref.type(), ref.id());
    }
}
