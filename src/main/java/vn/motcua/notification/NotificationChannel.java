package vn.motcua.notification;

import org.eclipse.microprofile.graphql.Description;

@Description("How a citizen is told about their dossier")
public enum NotificationChannel {
    @Description("To the applicant's e-mail address")
    EMAIL,
    @Description("By SMS to the applicant's phone, through the center's SMS gateway")
    SMS,
    @Description("By Zalo to the applicant's phone, through the center's Zalo gateway")
    ZALO
}
