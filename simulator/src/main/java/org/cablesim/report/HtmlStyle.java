package org.cablesim.report;

/** The report's inline style sheet: screen layout, plan colours as classes, and print rules. */
final class HtmlStyle {
    private HtmlStyle() {
    }

    static String css() {
        StringBuilder css = new StringBuilder("""
                :root{--ink:#1F2933;--muted:#52606D;--faint:#9AA5B1;--line:#D9E2EC;--soft:#F5F7FA;--accent:#0B5F86;\
                --good:#E1F3E8;--good-ink:#14532D}
                *{box-sizing:border-box}
                body{margin:0;background:#FFFFFF;color:var(--ink);font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,\
                'Helvetica Neue',Arial,'Liberation Sans','DejaVu Sans',sans-serif;-webkit-print-color-adjust:exact;\
                print-color-adjust:exact}
                main{max-width:1200px;margin:0 auto;padding:28px 32px 40px}
                header.top{border-bottom:1px solid var(--line);padding-bottom:12px;margin-bottom:20px}
                .kicker{font-size:12px;letter-spacing:.09em;text-transform:uppercase;color:var(--muted);font-weight:600}
                h1{font-size:27px;line-height:1.25;margin:4px 0 6px;font-weight:650;overflow-wrap:anywhere}
                .meta{color:var(--muted);font-size:13.5px;margin:0}
                .meta b{color:var(--ink);font-weight:600}
                nav.toc{font-size:13.5px;margin-top:10px}
                nav.toc a{color:var(--accent);text-decoration:none;margin-right:16px;white-space:nowrap}
                nav.toc a:hover{text-decoration:underline}
                h2{font-size:19px;margin:38px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--ink);font-weight:650}
                h3{font-size:15.5px;margin:24px 0 8px;font-weight:650}
                h4{font-size:14.5px;margin:18px 0 6px;font-weight:650;overflow-wrap:anywhere}
                p.lead{margin:0 0 10px;color:var(--muted);font-size:14px;max-width:62em}
                .verdict{border:1px solid var(--line);border-left:6px solid var(--verdict,#52606D);background:var(--soft);\
                padding:16px 22px 14px;border-radius:6px;margin:0 0 22px}
                .verdict .label{font-size:12px;letter-spacing:.09em;text-transform:uppercase;color:var(--muted);font-weight:600}
                .verdict .headline{font-size:23px;font-weight:650;margin:2px 0 4px;overflow-wrap:anywhere}
                .verdict .because{margin:0 0 10px;font-size:15.5px}
                .verdict ul{margin:0;padding-left:20px}
                .verdict li{margin:3px 0}
                .verdict p.ruled-out{margin:10px 0 2px;font-size:12px;letter-spacing:.09em;text-transform:uppercase;\
                color:var(--muted);font-weight:600}
                .rule{font-size:12px;color:var(--muted);margin:12px 0 0;max-width:75em}
                .scroll{overflow-x:auto}
                table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0 4px}
                caption{caption-side:top;text-align:left;color:var(--muted);font-size:13px;padding:0 0 6px}
                th,td{padding:7px 12px;border-bottom:1px solid var(--line);vertical-align:top}
                thead th{border-bottom:2px solid var(--ink);font-weight:650;text-align:left;vertical-align:bottom}
                thead th.num{text-align:right}
                tbody th{text-align:left;font-weight:500}
                table.fixed{table-layout:fixed}
                table.fixed thead th:first-child{width:230px}
                table.provenance tbody th{width:25%}
                .plan{white-space:nowrap}
                thead .plan{white-space:normal;overflow-wrap:anywhere}
                td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
                td.wrap{white-space:normal;overflow-wrap:anywhere;text-align:left}
                td.best{background:var(--good);color:var(--good-ink);font-weight:650}
                td.na{color:var(--faint)}
                td.mono,span.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,'DejaVu Sans Mono',monospace;\
                font-size:12.5px;overflow-wrap:anywhere}
                .tag{margin-left:6px;font-size:10px;font-weight:700;text-transform:uppercase;letter-spacing:.06em;\
                color:var(--good-ink)}
                .ci{display:block;font-size:11.5px;color:var(--muted);font-weight:400;white-space:normal}
                .sub{display:block;font-size:12px;color:var(--muted);font-weight:400;white-space:normal}
                .chip{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:7px;vertical-align:-1px}
                .verdict .headline .chip{width:16px;height:16px;border-radius:3px;margin-right:10px;vertical-align:0}
                thead .badge{margin:0 0 4px}
                .badge{display:inline-block;margin-left:8px;padding:1px 8px;border-radius:10px;font-size:11px;font-weight:650;\
                background:var(--ink);color:#FFFFFF;vertical-align:1px;white-space:nowrap}
                .status{font-size:12.5px;color:var(--muted)}
                .status.recommended{color:var(--good-ink);font-weight:650}
                .status.dominated{color:#9B2C2C}
                .status.excluded{color:#9B2C2C;font-weight:600}
                tr.group th{background:var(--soft);font-size:12px;font-weight:700;text-transform:uppercase;\
                letter-spacing:.06em;color:var(--muted);padding-top:9px}
                .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:22px 22px}
                figure{margin:0;break-inside:avoid}
                figure svg{display:block;width:100%;height:auto}
                figcaption{font-size:12.5px;color:var(--muted);margin:6px 4px 0}
                details.elevations{margin:10px 0}
                details.elevations summary{cursor:pointer;font-weight:600}
                figure.elevation{overflow-x:auto;margin:8px 0}
                figure.elevation svg{width:auto;max-width:none}
                p.note{font-size:13px;color:var(--muted);margin:4px 0 10px}
                pre.scenario{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:0;\
                font:12.5px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,'DejaVu Sans Mono',monospace;white-space:pre-wrap;\
                overflow-wrap:anywhere}
                .na{color:var(--faint)}
                footer{margin-top:44px;padding-top:10px;border-top:1px solid var(--line);font-size:12px;color:var(--muted)}
                @media print{
                @page{size:A4;margin:14mm 12mm}
                body{font-size:10pt}
                main{max-width:none;padding:0}
                nav.toc{display:none}
                .charts{display:block}
                figure{max-width:15.5cm;margin:0 auto 14px}
                h2{break-after:avoid;margin-top:22px}
                h3{break-after:avoid}
                .verdict,figure,tr{break-inside:avoid}
                .scroll{overflow:visible}
                table{font-size:8.5pt}
                th,td{padding:4px 6px}
                table.fixed{min-width:0 !important}
                .sub{font-size:7.5pt}
                }
                """);
        for (int i = 0; i < 8; i++) {
            css.append('.').append(ReportPlans.colourClass(i)).append("{background:").append(ChartPalette.plan(i)).append("}\n");
        }
        return css.toString();
    }
}
