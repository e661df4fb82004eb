/**
 * `npm run scenario -- <file|folder>...`: runs scenario files (scenario-format.md). One line per
 * case, then `N passed, M failed`. Exit 0 if all passed, 1 if any failed, 2 if a file is invalid.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMismatch, runScenarios, type CaseResult } from './scenario/index.ts';
import { runReplayCli } from './scenario/replay-cli.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.includes('--replay')) {
  const dataDir = resolve(process.env.DATA_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'data'));
  process.exit(runReplayCli(args, dataDir, (l) => console.log(l), (l) => console.error(l)));
}
const paths = args;
if (paths.length === 0) {
  console.error('usage: npm run scenario -- <file|folder>...   |   --replay <from> <to> --alarms <database.json>');
  process.exit(2);
}

function line(r: CaseResult): string {
  if (r.ok) return `ok ${r.id} ${r.name}`;
  const what = r.mismatch ? formatMismatch(r.mismatch) : (r.error ?? 'failed');
  return `FAIL ${r.id} ${r.name} (${r.file}): ${what}${r.why ? `\n     why: ${r.why}` : ''}`;
}

const report = runScenarios(paths, (r) => console.log(line(r)));
if (report.invalid.length > 0) {
  for (const p of report.invalid) console.error(p);
  console.error(`${report.invalid.length} problem(s): no case was run`);
  process.exit(2);
}
console.log(`${report.passed} passed, ${report.failed} failed`);
process.exit(report.failed === 0 ? 0 : 1);
