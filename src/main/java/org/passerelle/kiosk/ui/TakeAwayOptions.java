package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.passerelle.knowledge.Language;

/**
 * The two ways to take something away from the kiosk, shared by the screens that offer it (a guide's steps, where to go
 * for a referral): a QR code that opens the official page on a phone, and a button that prints the screen's
 * {@code .printable} part. Neither is printed itself. {@link #closing} ends the printable part the same way everywhere:
 * the official page, when it was checked, and that the paper holds nothing about the person.
 */
class TakeAwayOptions extends Div {

    /**
     * @param link the official page the QR code opens
     * @param paperTextKey the message key that says what the paper holds
     * @param printKey the message key of the print button
     */
    TakeAwayOptions(Language l, String link, String paperTextKey, String printKey) {
        addClassName("take-away-options");
        Section phone = new Section(new H2(getTranslation(l.locale(), "takeAway.phone")));
        phone.addClassName("take-away-phone");
        phone.addClassName("no-print");
        phone.add(new Html("<div class=\"qr\">" + QrCodeSvg.svg(link, getTranslation(l.locale(), "takeAway.qr.label")) + "</div>"));
        phone.add(new Paragraph(getTranslation(l.locale(), "takeAway.phone.text")));
        Paragraph url = new Paragraph(link);
        url.addClassName("url");
        phone.add(url);

        Section paper = new Section(new H2(getTranslation(l.locale(), "takeAway.paper")),
                new Paragraph(getTranslation(l.locale(), paperTextKey)));
        paper.addClassName("take-away-paper");
        paper.addClassName("no-print");
        Button print = KioskPage.bigButton("print", getTranslation(l.locale(), printKey),
                () -> UI.getCurrent().getPage().executeJs("window.passerelle.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("print-button");
        paper.add(print);
        add(phone, paper);
    }

    /** The end of what goes on paper: the official page, the date the text was checked, and the privacy footer. */
    static Component[] closing(Component translator, Language l, String link, LocalDate lastReviewed) {
        Paragraph footer = new Paragraph(translator.getTranslation(l.locale(), "takeAway.footer"));
        footer.addClassName("print-footer");
        return new Component[] {
                new Paragraph(translator.getTranslation(l.locale(), "takeAway.officialPage", link)),
                new Paragraph(translator.getTranslation(l.locale(), "guide.lastReviewed",
                        lastReviewed.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l.locale())))),
                footer};
    }
}
