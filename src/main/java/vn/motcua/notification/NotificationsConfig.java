package vn.motcua.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** How citizens are told: the e-mail sender and where the message templates may be edited. */
@ConfigMapping(prefix = "motcua.notifications")
public interface NotificationsConfig {

    /** LOG writes each e-mail to the log (dev mode needs nothing); SMTP sends it through quarkus.mailer. */
    @WithDefault("LOG")
    EmailSender email();

    /**
     * A directory of templates ({@code <event type>.txt}: the subject on the first line, then the body) that
     * replace the built-in ones without a rebuild.
     */
    Optional<Path> templates();

    enum EmailSender {
        LOG, SMTP
    }
}
