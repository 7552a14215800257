package kz.ordo.it;

import kz.ordo.devinfra.LocalDatabase;
import kz.ordo.devinfra.LocalMailServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Path;

/**
 * Starts the real infrastructure once per test run, before Arquillian starts WildFly: a fresh embedded
 * PostgreSQL and a GreenMail SMTP server on the ports that failsafe passes to WildFly (see ear/pom.xml).
 */
public class DevServicesListener implements LauncherSessionListener {

    private LocalDatabase database;
    private LocalMailServer mail;
    private MailControl control;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dataDir = System.getProperty("ordo.it.dataDir");
        if (dataDir == null) {
            return; // not under failsafe (e.g. an IDE run of a unit test)
        }
        try {
            database = LocalDatabase.start(Path.of(dataDir), Integer.getInteger("ordo.it.dbPort"), true);
            mail = LocalMailServer.start(Integer.getInteger("ordo.it.smtpPort"));
            control = new MailControl(Integer.getInteger("ordo.it.smtpPort"), mail);
            TestInfra.database = database;
            TestInfra.mail = mail;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test PostgreSQL / SMTP server", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (control != null) {
                control.close();
            } else if (mail != null) {
                mail.close();
            }
            if (database != null) {
                database.close();
            }
        } catch (Exception e) {
            System.err.println("Stopping the test infrastructure failed: " + e);
        }
    }
}
