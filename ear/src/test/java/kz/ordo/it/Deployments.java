package kz.ordo.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.jboss.shrinkwrap.api.asset.StringAsset;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
            openTestRunner(war);
            ear.delete(WAR);
            ear.addAsModule(war);
        }
        return ear;
    }

    /**
     * Every URL of the web module needs a login; Arquillian's in-container runner servlet is added to the
     * public URLs of the test copy only, so the test harness can reach it. The shipped EAR is unchanged.
     */
    private static void openTestRunner(WebArchive war) {
        String path = "WEB-INF/web.xml";
        String webXml;
        try (InputStream in = war.get(path).getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String publicLogin = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(publicLogin)) {
            throw new IllegalStateException("web.xml no longer has the public login URL");
        }
        war.delete(path);
        war.setWebXML(new StringAsset(webXml.replace(publicLogin,
                publicLogin + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    }
}
