package vn.motcua.feedback;

import org.eclipse.microprofile.graphql.Description;

@Description("What a feedback is about, which decides who answers it")
public enum FeedbackAbout {
    /** A dossier: the agency holding it answers. */
    DOSSIER,
    /** An officer's conduct: the center's manager answers. */
    OFFICER,
    /** The center itself (its service, its premises): the center's manager answers. */
    CENTER
}
