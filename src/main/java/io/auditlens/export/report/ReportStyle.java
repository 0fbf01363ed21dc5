package io.auditlens.export.report;

/** The report's one style sheet: plain on screen, and on paper (A4 or Letter) without tables cut mid-row. */
final class ReportStyle {

    static final String CSS = """
            :root { --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --band: #f6f8fa; }
            * { box-sizing: border-box; }
            body { font: 13px/1.45 -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: var(--ink);
                   margin: 0 auto; max-width: 1100px; padding: 24px 32px; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
            h3 { font-size: 14px; margin: 16px 0 6px; }
            .sub { color: var(--muted); margin: 0 0 16px; }
            table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
            th, td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid var(--rule); }
            th { background: var(--band); font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .hash, code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 11px; word-break: break-all; }
            .figures { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0 4px; }
            .figure { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
            .figure b { display: block; font-size: 22px; }
            .figure span { color: var(--muted); }
            .figure.time b { font-size: 15px; padding-top: 5px; }
            table.inputs td:last-child, table.findings td:first-child { font-family: "DejaVu Sans Mono", Consolas,
                   monospace; font-size: 11px; word-break: break-all; }
            .facets { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 0 24px; }
            .facets > div { break-inside: avoid; }
            .label { display: inline-block; white-space: nowrap; overflow-wrap: normal; border-radius: 9px; padding: 0 8px; margin: 1px 2px 1px 0; color: #fff;
                     font-size: 11px; font-weight: 600; }
            table.evidence { table-layout: fixed; }
            table.evidence td { overflow-wrap: anywhere; }
            .note { white-space: pre-wrap; overflow-wrap: anywhere; }
            .warn { color: #9a3412; }
            .sev-high { color: #b91c1c; font-weight: 600; } .sev-medium { color: #c2410c; font-weight: 600; }
            svg { display: block; width: 100%; height: auto; margin: 4px 0 12px; }
            svg text { font: 10px "DejaVu Sans", Arial, sans-serif; fill: var(--muted); }
            svg .lane { font-weight: 600; fill: var(--ink); }
            .legend span { display: inline-block; margin-right: 12px; color: var(--muted); }
            .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; }
            footer { margin-top: 32px; color: var(--muted); font-size: 11px; }
            @page { margin: 14mm 12mm; }
            @media print {
              body { padding: 0; max-width: none; font-size: 10.5px; }
              h2 { break-after: avoid; }
              thead { display: table-header-group; }
              tr, .figure, svg { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private ReportStyle() {
    }
}
