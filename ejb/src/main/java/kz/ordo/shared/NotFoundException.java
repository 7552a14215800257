package kz.ordo.shared;

import jakarta.ejb.ApplicationException;

/** The record does not exist or is outside the caller's scope (both look the same to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException(String entity, Object id) {
        super("error.notFound", entity, id);
    }
}
