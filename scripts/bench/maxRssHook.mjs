// Preloaded into every timed child (`node --import <this file> ...`): when the process exits it
// writes its own peak resident set size, process.resourceUsage().maxRSS (getrusage RUSAGE_SELF,
// in KB: the kernel's exact high-water mark, not a sample), to the file named by
// BENCH_MAXRSS_FILE. Costs a few ms at start; brief and floor runs both pay it.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  delete process.env.BENCH_MAXRSS_FILE; // not inherited by Chromium
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
