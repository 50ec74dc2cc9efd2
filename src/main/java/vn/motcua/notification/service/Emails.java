package vn.motcua.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.motcua.notification.NotificationsConfig;

/** Sends one e-mail through SMTP, or writes it to the log where none is configured (dev mode needs nothing). */
@ApplicationScoped
public class Emails {

    private static final Logger LOG = Logger.getLogger(Emails.class);

    /** Whether the e-mail left, and how, or why not. */
    public record Outcome(boolean sent, String how) {
    }

    @Inject
    NotificationsConfig config;
    @Inject
    Instance<Mailer> mailer;

    public Outcome send(String to, String subject, String body) {
        if (config.email() == NotificationsConfig.EmailSender.LOG) {
            LOG.infof("e-mail to %s: %s%n%s", to.replaceAll("(?<=.).(?=[^@]*@)", "*"), subject, body);
            return new Outcome(true, "written to the log (no SMTP configured)");
        }
        try {
            mailer.get().send(Mail.withText(to, subject, body));
            return new Outcome(true, "SMTP");
        } catch (RuntimeException e) {
            return new Outcome(false, "SMTP: " + e.getMessage());
        }
    }
}
