package org.passerelle.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.Referral;
import org.passerelle.referral.Referral.ReferralEntry;
import org.passerelle.referral.ReferralService;
import org.passerelle.kiosk.KioskScreenKind;

/**
 * "Take it with you" for a referral card: where to go for this kiosk's province, as a QR code that opens the office's
 * official page on a phone, and on paper. Like a guide's take-away, it holds only the referral's public text — nothing
 * the person typed, nothing about them.
 */
@Route(value = "referral/:referralId/take-away", layout = KioskLayout.class)
@AnonymousAllowed
public class ReferralTakeAwayView extends KioskPage {

    private final ReferralService referrals;
    private final KioskProvince province;
    private Optional<Referral> referral = Optional.empty();

    ReferralTakeAwayView(KioskSession session, ReferralService referrals, KioskProvince province) {
        super(session);
        this.referrals = referrals;
        this.province = province;
        addClassName("take-away-view");
        addClassName("referral-take-away-view");
    }

    static void open(String referralId) {
        UI.getCurrent().navigate(ReferralTakeAwayView.class, new RouteParameters("referralId", referralId));
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        referral = event.getRouteParameters().get("referralId").flatMap(referrals::referral);
    }

    @Override
    protected void render() {
        removeAll();
        Language l = language();
        Optional<ReferralEntry> entry = referral.flatMap(r -> r.entryFor(province.current(), l));
        if (referral.isEmpty() || entry.isEmpty()) {
            renderNotFound("referral.notFound", "referral.notFound.text");
            return;
        }
        Referral.ReferralText text = referral.get().text(l);
        ReferralEntry where = entry.get();
        H1 heading = new H1(t("takeAway.referral.heading"));
        heading.addClassName("no-print");
        Paragraph intro = new Paragraph(t("takeAway.referral.intro", text.title()));
        intro.addClassName("no-print");
        TakeAwayOptions options = new TakeAwayOptions(l, where.link(), "takeAway.referral.paper.text",
                "takeAway.referral.print");

        Section printable = new Section();
        printable.addClassName("printable");
        Paragraph who = new Paragraph(t("referral.who", where.who()));
        who.addClassName("referral-who");
        printable.add(new H2(text.title()), new Paragraph(text.summary()), who, new Paragraph(where.text()));
        printable.add(TakeAwayOptions.closing(this, l, where.link(), referral.get().lastReviewed()));

        // The conversation is kept in the session: back is the card the person came from.
        Button back = bigButton("arrow-left", t("takeAway.referral.back"), () -> go(AskView.class));
        back.addClassName("no-print");
        add(heading, intro, options, printable, back);
    }

    @Override
    public KioskScreenKind kind() {
        return KioskScreenKind.TAKE_AWAY;
    }

    @Override
    protected String titleKey() {
        return "takeAway.referral.title";
    }
}
