// Loaded into the benchmark's n8n processes with NODE_OPTIONS=--require:
// - stdout becomes blocking, so `n8n execute --rawOutput` cannot lose the end of a large run (tens of MB
//   for 10,000 issues) when it calls process.exit() before a pipe has drained;
// - on exit, the process writes its peak resident memory (VmHWM, the kernel's high-water mark) to
//   $BENCH_MAXRSS_DIR/<pid>.json.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

for (const stream of [process.stdout, process.stderr]) {
	if (stream && stream._handle && typeof stream._handle.setBlocking === 'function') stream._handle.setBlocking(true);
}

const dir = process.env.BENCH_MAXRSS_DIR;
if (dir) {
	process.on('exit', () => {
		try {
			const status = fs.readFileSync('/proc/self/status', 'utf8');
			const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
			fs.writeFileSync(
				path.join(dir, `${process.pid}.json`),
				JSON.stringify({
					pid: process.pid,
					argv: process.argv,
					vmHwmKb: hwm ? Number(hwm[1]) : undefined,
					maxRssKb: process.resourceUsage().maxRSS,
				}),
			);
		} catch {
			// best effort: a missing file shows as "no figure" in the report
		}
	});
}
