package org.passerelle.agent.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import org.passerelle.handoff.AgentPresenceInfo;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.handoff.TransferTarget;

/**
 * "Transfer this conversation": to a colleague (each listed with their status, so that the agent sees who can take it)
 * or to the remote team, with a note the next agent reads first. The dialog fires a {@link TransferEvent}; the console
 * asks the service and, when it refuses, shows why here with {@link #refused(String)}, in the dialog's own alert.
 */
class TransferDialog extends Dialog {

    /** The agent asked for the transfer. */
    static final class TransferEvent extends ComponentEvent<TransferDialog> {

        private final long requestId;
        private final TransferTarget target;
        private final String note;

        TransferEvent(TransferDialog source, long requestId, TransferTarget target, String note) {
            super(source, false);
            this.requestId = requestId;
            this.target = target;
            this.note = note;
        }

        long requestId() {
            return requestId;
        }

        TransferTarget target() {
            return target;
        }

        String note() {
            return note;
        }
    }

    enum To { COLLEAGUE, REMOTE }

    private final RadioButtonGroup<To> to = new RadioButtonGroup<>();
    private final Select<AgentPresenceInfo> colleague = new Select<>();
    private final TextArea note = new TextArea();
    private final Paragraph problem = new Paragraph();
    private final long requestId;

    /**
     * @param colleagues every other agent with a presence, whatever their status: one who cannot take it is refused
     *                   with a reason, rather than silently missing from the list
     */
    TransferDialog(HelpRequestSummary request, String kioskName, List<AgentPresenceInfo> colleagues) {
        this.requestId = request.id();
        addClassName("transfer-dialog");
        setHeaderTitle(getTranslation("agent.transfer.title") + " — " + kioskName);
        to.setLabel(getTranslation("agent.transfer.to"));
        to.setItems(To.values());
        to.setItemLabelGenerator(v -> getTranslation(v == To.COLLEAGUE ? "agent.transfer.colleague" : "agent.transfer.remote"));
        to.setValue(To.COLLEAGUE);
        to.addClassName("transfer-to");
        colleague.setLabel(getTranslation("agent.transfer.who"));
        colleague.setItems(colleagues);
        colleague.setItemLabelGenerator(this::describe);
        colleague.setEmptySelectionAllowed(false);
        colleague.addClassName("transfer-colleague");
        to.addValueChangeListener(e -> colleague.setEnabled(e.getValue() == To.COLLEAGUE));
        note.setLabel(getTranslation("agent.transfer.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.addClassName("transfer-note-field");
        problem.addClassName("transfer-problem");
        problem.getElement().setAttribute("role", "alert");
        add(to, colleague, note, problem);

        Button cancel = new Button(getTranslation("agent.transfer.cancel"), e -> close());
        cancel.addClassName("transfer-cancel");
        Button send = new Button(getTranslation("agent.transfer.send"), e -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("transfer-send");
        getFooter().add(cancel, send);
    }

    private String describe(AgentPresenceInfo who) {
        String status = who.status() == PresenceStatus.AVAILABLE
                ? getTranslation("agent.transfer.status.available", who.holding(), who.capacity())
                : getTranslation("agent.transfer.status." + who.status().name().toLowerCase(Locale.ROOT));
        return who.agent() + " (" + status + ")";
    }

    private void submit() {
        TransferTarget target;
        if (to.getValue() == To.REMOTE) {
            target = TransferTarget.remoteTeam();
        } else if (colleague.getValue() == null) {
            refused(getTranslation("agent.transfer.noColleague"));
            return;
        } else {
            target = TransferTarget.colleague(colleague.getValue().agent());
        }
        problem.setText("");
        fireEvent(new TransferEvent(this, requestId, target, note.getValue()));
    }

    /** The service refused: why, said in the dialog (the agent chooses again). */
    void refused(String why) {
        problem.setText(why);
    }

    Registration addTransferListener(ComponentEventListener<TransferEvent> listener) {
        return addListener(TransferEvent.class, listener);
    }
}
