package vn.motcua.queue;

import org.eclipse.microprofile.graphql.Description;

/** Every level but NORMAL is served first, FIFO among them; each center says which it offers. */
@Description("Who is served first: every level but NORMAL, among the ones the center offers")
public enum TicketPriority {
    NORMAL,
    @Description("Người cao tuổi")
    ELDERLY,
    @Description("Người khuyết tật")
    DISABLED,
    @Description("Phụ nữ có thai")
    PREGNANT,
    @Description("Người có công với cách mạng")
    MERIT
}
