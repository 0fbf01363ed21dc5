package io.auditlens.cli;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Category;
import io.auditlens.event.EventTime;
import io.auditlens.event.Geography;
import io.auditlens.event.Region;
import io.auditlens.event.Regions;
import io.auditlens.ingest.FileReport;
import io.auditlens.ingest.LineError;
import io.auditlens.ingest.LoadResult;
import io.auditlens.query.FacetCounts;
import io.auditlens.query.Summary;

import java.io.PrintWriter;
import java.util.Map;

/** The readable form of {@code summarize}: files, counts by region (grouped by geography), category, action, outcome. */
final class SummaryText {

    private SummaryText() {
    }

    static void write(PrintWriter out, LoadResult load, Summary s, Map<String, FacetCounts> extra) {
        out.println("Files");
        for (FileReport f : load.files()) {
            out.printf("  %s  [%s]  %,d events, %,d rejected, %,d duplicates, %,d bytes%n", f.path(), f.format(),
                    f.events(), f.rejected(), f.duplicates(), f.bytes());
            if (!f.sha256().isEmpty()) {
                out.printf("    sha256 %s%n", f.sha256());
            }
        }
        if (load.filesOutsideWindow() > 0) {
            out.printf("  (%,d archive files outside --from/--to not read)%n", load.filesOutsideWindow());
        }
        out.println();
        out.printf("Events: %,d   digests: %,d   rejected lines: %,d   duplicates: %,d%n", s.events(), s.digests(),
                load.rejected(), load.duplicates());
        if (s.hasTimeRange()) {
            out.printf("Time range: %s .. %s (UTC)%n", EventTime.format(s.firstTime()), EventTime.format(s.lastTime()));
        }
        writeRegions(out, s.facets().get("region"));
        writeCategories(out, s.facets().get("category"));
        writeFacet(out, "Actions", s.facets().get("action"));
        writeFacet(out, "Outcomes", s.facets().get("outcome"));
        extra.forEach((facet, counts) -> writeFacet(out, facet, counts));
        writeRejected(out, load);
        out.flush();
    }

    private static void writeRegions(PrintWriter out, FacetCounts regions) {
        out.println();
        out.println("Regions");
        for (Geography g : Geography.values()) {
            long total = regions.entries().stream().filter(e -> Regions.byCode(e.value()).geography() == g)
                    .mapToLong(FacetCounts.Entry::count).sum();
            if (total == 0) {
                continue;
            }
            out.printf("  %-34s %,12d%n", g.label(), total);
            for (FacetCounts.Entry e : regions.entries()) {
                Region r = Regions.byCode(e.value());
                if (r.geography() == g) {
                    out.printf("    %-32s %,12d%n", r.displayName(), e.count());
                }
            }
        }
    }

    private static void writeCategories(PrintWriter out, FacetCounts categories) {
        out.println();
        out.println("Categories");
        for (FacetCounts.Entry e : categories.entries()) {
            Category c = Category.byId(e.value());
            out.printf("  %-34s %,12d%n", c == null ? e.value() : c.label(), e.count());
        }
    }

    private static void writeFacet(PrintWriter out, String title, FacetCounts counts) {
        out.println();
        out.println(title);
        for (FacetCounts.Entry e : counts.entries()) {
            String label = title.equals("Actions") ? ActionCatalog.find(e.value()).map(a -> a.name()).orElse(e.value())
                    : e.value();
            out.printf("  %-50s %,12d%n", label, e.count());
        }
    }

    private static void writeRejected(PrintWriter out, LoadResult load) {
        if (load.rejected() == 0 && load.files().stream().allMatch(f -> f.errors().isEmpty())) {
            return;
        }
        out.println();
        out.println("Rejected lines and file errors");
        for (FileReport f : load.files()) {
            for (LineError e : f.errors()) {
                out.printf("  %s:%d: %s%n", f.path(), e.line(), e.message());
            }
            long notShown = f.rejected() - f.errors().stream().filter(e -> e.line() > 0).count();
            if (notShown > 0) {
                out.printf("  %s: %,d more rejected lines not listed%n", f.path(), notShown);
            }
        }
    }
}
