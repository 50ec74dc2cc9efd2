package vn.motcua.feedback.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "motcua.feedback")
public interface FeedbackConfig {

    /** Working days from receipt within which a feedback is answered (Decree 20/2008: ten). */
    @WithDefault("10")
    int answerWithinWorkingDays();
}
