import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  textTable
} from "./chunk-WV44J5WS.js";
import "./chunk-KJ7NEGQU.js";

// src/report/scan-text.ts
function renderScanText(result, root) {
  const out = [];
  const count = result.dependencies.length;
  out.push(`Paramedic found ${count} critical service${count === 1 ? "" : "s"} in ${root}`);
  if (count > 0) {
    out.push("");
    out.push(
      textTable(
        ["ID", "SERVICE", "CATEGORY", "TIER", "PROVIDER", "EVIDENCE"],
        result.dependencies.map((d) => {
          const places = [...new Set(d.evidence.map((e) => `${e.path}:${e.line}`))];
          const first = places.slice(0, 2);
          const more = places.length > 2 ? ` (+${places.length - 2} more)` : "";
          return [d.id, d.name, d.category, String(d.tier), d.provider ?? "-", first.join(", ") + more];
        })
      )
    );
  }
  if (result.warnings.length > 0) {
    out.push("");
    out.push(`Warnings (${result.warnings.length}):`);
    for (const w of result.warnings) out.push(`  ${w.path}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  }
  return out.join("\n") + "\n";
}
export {
  renderScanText
};
