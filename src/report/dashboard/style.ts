/** The dashboard's style sheet, inlined (and allowed by its hash in the page's Content-Security-Policy). */
export const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa; --gap: #ffebe9; --gap-ink: #a40e26; --ok: #dafbe1; --ok-ink: #116329; --warn: #fff8c5; --warn-ink: #7d4e00; --focus: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
header, main > section { padding: 0 24px; }
header { padding-top: 16px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; }
.meta, .legend, caption { color: var(--muted); }
a { color: #0550ae; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.figures dl { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 0; }
.figures dl > div { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 150px; }
.figures dt { color: var(--muted); font-size: 13px; }
.figures dd { margin: 0; font-size: 26px; font-weight: 600; }
.figures dd small { display: block; font-size: 13px; font-weight: 400; color: var(--muted); }
form#controls { display: flex; flex-wrap: wrap; align-items: end; gap: 12px 20px; margin: 8px 0 10px; }
form#controls label { display: block; font-size: 13px; color: var(--muted); margin-bottom: 2px; }
input, select { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 14em; }
output { font-size: 14px; color: var(--muted); padding-bottom: 6px; }
.scroll { overflow: auto; max-height: 78vh; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: separate; border-spacing: 0; font-size: 14px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; white-space: nowrap; }
thead th { background: var(--head); position: sticky; top: 0; z-index: 2; vertical-align: bottom; border-bottom: 2px solid var(--line); }
#matrix tbody th { position: sticky; left: 0; background: #fff; z-index: 1; font-weight: 500; border-right: 1px solid var(--line); }
#matrix thead th:first-child { left: 0; z-index: 3; border-right: 1px solid var(--line); }
#matrix tbody tr:hover th, #matrix tbody tr:hover td { background-color: #f3f6fa; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 2px; cursor: pointer; text-align: left; }
th[aria-sort] button::after { content: " \\25B2"; font-size: 11px; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
#matrix th.svc { padding: 4px 2px; text-align: center; }
#matrix th.svc button { writing-mode: vertical-rl; transform: rotate(180deg); max-height: 11em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 500; }
#matrix { table-layout: fixed; width: 1px; }
#matrix th, #matrix td { overflow: hidden; text-overflow: ellipsis; }
col.w-name { width: 15rem; } col.w-status { width: 7rem; } col.w-plan { width: 16rem; } col.w-cov { width: 6.5rem; }
col.w-n { width: 4.5rem; } col.w-t1 { width: 5.5rem; } col.w-f { width: 5.5rem; } col.w-svc { width: 2.1rem; }
#matrix thead th:not(.svc) { white-space: normal; }
#matrix td.g, #matrix td.c { text-align: center; padding: 2px; font-weight: 700; }
#matrix td.g a, #matrix td.c a, #matrix td.g span, #matrix td.c span { text-decoration: none; display: block; }
td.g, td.g a { background: var(--gap); color: var(--gap-ink); }
td.c, td.c a { background: var(--ok); color: var(--ok-ink); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td small, th small { color: var(--muted); font-size: 13px; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 13px; font-weight: 600; }
.b-pass { background: var(--ok); color: var(--ok-ink); }
.b-warn, .b-stale { background: var(--warn); color: var(--warn-ink); }
.b-fail, .b-failed { background: var(--gap); color: var(--gap-ink); }
td.reason { max-width: 32em; overflow: hidden; text-overflow: ellipsis; }
tr[hidden] { display: none; }
.plain { margin-bottom: 8px; }
.plain td, .plain th { white-space: normal; }
details > summary { cursor: pointer; margin: 6px 0; }
footer { padding: 24px; color: var(--muted); font-size: 13px; }
`;
