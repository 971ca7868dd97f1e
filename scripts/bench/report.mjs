// Medians, ratios and the two report files (JSON for machines, Markdown for people).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function median(values) {
	const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
	if (!sorted.length) return undefined;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of every numeric field over the runs of one variant. */
export function summarize(runs) {
	const keys = [...new Set(runs.flatMap((run) => Object.keys(run)))].filter((key) => runs.some((run) => typeof run[key] === 'number'));
	return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
}

export const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : undefined);

const fmtMs = (ms) => (ms === undefined ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMb = (mb) => (mb === undefined ? 'n/a' : `${Math.round(mb)} MB`);
const fmtX = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)}×`);
const fmtN = (n, digits = 0) => (n === undefined ? 'n/a' : n.toFixed(digits));
const verdict = (met) => (met === undefined ? 'n/a' : met ? 'met' : '**not met**');

export function writeReport(dir, report) {
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
	writeFileSync(path.join(dir, 'report.md'), markdown(report));
}

function variantRows(variants) {
	const rows = ['| Variant | Time (median) | Runs | Items | Failed items | Peak memory of the process | Above idle n8n |', '|---|---|---|---|---|---|---|'];
	for (const variant of variants) {
		if (!variant) continue;
		const m = variant.median;
		rows.push(
			`| ${variant.label} | ${fmtMs(m.nodeMs)} | ${variant.runs.map((run) => fmtMs(run.nodeMs)).join(', ')} | ${fmtN(m.items)} | ${fmtN(m.failedItems)} | ${variant.inN8n ? fmtMb(m.peakMb) : '–'} | ${variant.inN8n ? fmtMb(m.peakAboveIdleMb) : '–'} |`,
		);
	}
	return rows.join('\n');
}

function markdown(report) {
	const s = report.settings;
	const lines = [
		'# Benchmark: Jira Service Management package vs the floor and n8n\'s Jira node',
		'',
		...(report.partial ? ['**Partial report: the run has not finished (or was interrupted); figures so far.**', ''] : []),
		`Generated ${report.generatedAt} by \`npm run bench\`. Sandbox latency ${s.latencyMs} ms per request; ${s.runs} run(s) per variant, medians shown.`,
		`n8n ${report.environment.n8n} on Node ${report.environment.n8nNode} (\`n8n execute\` per run; times are the measured node's execution time from n8n's run data; the floors are plain HTTP from the bench process: one request after the other, and as many at once as the node sends). Machine: ${report.environment.cpus} CPU(s), load average (1 / 5 / 15 min) at start ${report.environment.loadAverage.map((l) => l.toFixed(2)).join(' / ')}${report.environment.loadAverageNow ? `, at the end ${report.environment.loadAverageNow.map((l) => l.toFixed(2)).join(' / ')}` : ''}.`,
		'',
		'## Targets (issue 6)',
		'',
		'| Target | Figure | Verdict |',
		'|---|---|---|',
		...report.targets.map((target) => `| ${target.name} | ${target.figure} | ${verdict(target.met)} |`),
		'',
	];
	for (const scenario of report.scenarios) {
		lines.push(`## ${scenario.title}`, '', scenario.description, '');
		if (scenario.variants.some(Boolean)) lines.push(variantRows(scenario.variants), '');
		if (scenario.ratios?.length) {
			lines.push('| Ratio | Value |', '|---|---|', ...scenario.ratios.map((r) => `| ${r.name} | ${fmtX(r.value)} |`), '');
		}
		if (scenario.checks?.length) lines.push(...scenario.checks.map((check) => `- ${check}`), '');
		if (scenario.table) lines.push(scenario.table, '');
	}
	if (report.notes?.length) lines.push('## Notes', '', ...report.notes.map((note) => `- ${note}`), '');
	return `${lines.join('\n')}`;
}

export const format = { fmtMs, fmtMb, fmtX, fmtN };
