package kz.ordo.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API (R-INT-4) under {@code /ordo/api}: JSON, bearer tokens, the same services as the pages. */
@ApplicationPath("api")
public class OrdoApi extends Application {
}
