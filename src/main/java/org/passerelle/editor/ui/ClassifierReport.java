package org.passerelle.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.List;
import org.passerelle.content.ClassifierCheck;
import org.passerelle.intent.LabelConfusion;
import org.passerelle.knowledge.Language;

/**
 * What the classifier check of a guide found, per language: the accuracy on its phrases and which guides its phrases
 * are taken for. Drawn by {@link GuideEditorView}, which runs the check in the background and hands the result here.
 */
final class ClassifierReport extends Div {

    /** The editor's tables, for the confusions: the same look and captions as every editor table. */
    interface Tables {
        NativeTable table(String className, String caption, String... headerKeys);
    }

    private final Tables tables;

    ClassifierReport(Tables tables) {
        this.tables = tables;
        addClassName("classifier-report");
    }

    /** The check is running (cross-validation: seconds, minutes on a busy machine). */
    void running() {
        removeAll();
        Paragraph running = new Paragraph(getTranslation("editor.classifier.running"));
        running.getElement().setAttribute("role", "status");
        add(running);
    }

    void show(ClassifierCheck result) {
        removeAll();
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        for (Language language : Language.values()) {
            ClassifierCheck.LanguageResult r = result.languages().get(language);
            if (r == null) {
                continue;
            }
            Div side = new Div(new H3(getTranslation("editor.side." + language.code())));
            side.addClassName("classifier-side");
            Paragraph accuracy = new Paragraph(getTranslation("editor.classifier.accuracy",
                    percent.format(r.accuracy()), r.phrases()));
            accuracy.addClassName("classifier-accuracy");
            side.add(accuracy);
            side.add(new Paragraph(r.confusedWithGuide().isEmpty() ? getTranslation("editor.classifier.noConfusion")
                    : getTranslation("editor.classifier.withGuide")));
            if (!r.confusedWithGuide().isEmpty()) {
                side.add(confusions(r.confusedWithGuide(), getTranslation("editor.classifier.withGuide")));
            }
            if (!r.mostConfused().isEmpty()) {
                side.add(new Paragraph(getTranslation("editor.classifier.most")), confusions(r.mostConfused(),
                        getTranslation("editor.classifier.most")));
            }
            add(side);
        }
        getElement().setAttribute("role", "status");
    }

    private Component confusions(List<LabelConfusion> pairs, String caption) {
        NativeTable table = tables.table("confusion-table", caption, "editor.classifier.first",
                "editor.classifier.second", "editor.classifier.count");
        for (LabelConfusion pair : pairs) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(pair.first());
            row.addDataCell().setText(pair.second());
            row.addDataCell().setText(Integer.toString(pair.count()));
        }
        return table;
    }
}
