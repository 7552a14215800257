package kz.ordo.shared;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record since it was opened (optimistic lock). */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
