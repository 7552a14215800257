package kz.ordo.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The deployment every integration test uses: the real EAR this module just built, with the test classes
 * added to its web module, so tests run against exactly what ships.
 */
public final class Deployments {

    private static final String WAR = "ordo-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive ordo(Class<?>... testClasses) {
        File earFile = new File(System.getProperty("ordo.it.ear", "target/ordo.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        if (testClasses.length > 0) {
            WebArchive war = ear.getAsType(WebArchive.class, WAR);
            war.addClasses(testClasses);
            ear.delete(WAR);
            ear.addAsModule(war);
        }
        return ear;
    }
}
