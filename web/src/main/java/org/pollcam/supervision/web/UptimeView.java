package org.pollcam.supervision.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.pollcam.shared.web.Messages;
import org.pollcam.supervision.boundary.UptimeReports;
import org.pollcam.supervision.entity.OutageRow;
import org.pollcam.supervision.entity.UptimeReport;
import org.pollcam.supervision.entity.UptimeRow;
import org.pollcam.supervision.entity.UptimeShare;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

/**
 * The control center's uptime report of the current election: the country, then tables per region, constituency,
 * station and camera, and the outages, each exportable. Made when the page opens and on "refresh"; times are shown
 * in the election's time zone.
 */
@Named
@ViewScoped
public class UptimeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The PDF exporter's fonts know Latin-1 only; OpenPDF ships Liberation Sans, which has the Azerbaijani and
     * Cyrillic letters of station addresses and of the page's own words.
     */
    private static final String PDF_FONT = "font-fallback/LiberationSans-Regular.ttf";

    @Inject
    UptimeReports reports;

    private UptimeReport report;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        report = reports.report(null).orElse(null);
    }

    public UptimeReport getReport() {
        return report;
    }

    public List<UptimeRow> getRegions() {
        return report == null ? List.of() : report.regions();
    }

    public List<UptimeRow> getConstituencies() {
        return report == null ? List.of() : report.constituencies();
    }

    public List<UptimeRow> getStations() {
        return report == null ? List.of() : report.stations();
    }

    public List<UptimeRow> getCameras() {
        return report == null ? List.of() : report.cameras();
    }

    public List<OutageRow> getOutages() {
        return report == null ? List.of() : report.outages();
    }

    public String percent(UptimeShare share) {
        return UptimeFormat.percent(share, locale());
    }

    /** A moment in the election's time, with the date when it is not election day (counting past midnight). */
    public String time(Instant instant) {
        return UptimeFormat.time(instant, ZoneId.of(report.timeZone()), report.electionDay());
    }

    public String duration(long seconds) {
        return UptimeFormat.duration(seconds);
    }

    public long getMaxSilenceMinutes() {
        return report == null ? 0 : report.maxSilenceSeconds() / 60;
    }

    public PDFOptions getPdfOptions() {
        PDFOptions options = new PDFOptions();
        options.setFontName(PDF_FONT);
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setCellFontSize("8");
        options.setFacetFontSize("9");
        return options;
    }

    /** Heads every exported PDF with what it is: the report, the election and the moment it was made. */
    public void pdfHeading(Object document) {
        Font bold = FontFactory.getFont(PDF_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, 11, Font.BOLD);
        Font plain = FontFactory.getFont(PDF_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, 9, Font.NORMAL);
        Document pdf = (Document) document;
        pdf.add(new Paragraph(Messages.text("uptime.title") + " · " + report.election(), bold));
        pdf.add(new Paragraph(Messages.text("uptime.window", time(report.votingOpens()), time(report.votingCloses()),
                time(report.countingEnds())) + " · " + Messages.text("uptime.asof", time(report.asOf()),
                report.timeZone()), plain));
        pdf.add(new Paragraph(" ", plain));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
