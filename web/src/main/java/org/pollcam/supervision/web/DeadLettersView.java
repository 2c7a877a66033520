package org.pollcam.supervision.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pollcam.shared.web.Messages;
import org.pollcam.supervision.boundary.DeadLetters;
import org.pollcam.supervision.entity.DeadLetter;

/** Administrators look at dead camera events and replay or discard them. */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient DeadLetters deadLetters;

    private List<DeadLetter> letters;

    @PostConstruct
    public void refresh() {
        letters = deadLetters.list(SHOWN);
    }

    public void replay(String messageId) {
        if (!deadLetters.replay(messageId)) {
            Messages.error("Message " + messageId + " is no longer in the dead-letter queue");
        }
        refresh();
    }

    public void discard(String messageId) {
        if (!deadLetters.discard(messageId)) {
            Messages.error("Message " + messageId + " is no longer in the dead-letter queue");
        }
        refresh();
    }

    public List<DeadLetter> getLetters() {
        return letters;
    }
}
