// Preloaded with `node --import` by the benchmark: reports the process's peak RSS at exit.
import { writeFileSync } from 'node:fs';

const out = process.env.PARAMEDIC_BENCH_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
