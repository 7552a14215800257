package kz.ordo.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link OrdoExceptionHandler}. */
public class OrdoExceptionHandlerFactory extends ExceptionHandlerFactory {

    public OrdoExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new OrdoExceptionHandler(getWrapped().getExceptionHandler());
    }
}
