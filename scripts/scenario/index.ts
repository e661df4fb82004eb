/**
 * The scenario runner as a library: `runScenarios(paths)` validates every file first (any invalid
 * file ⇒ nothing runs, `invalid` lists the problems), then runs every case and returns the results.
 * `npm run scenario` (scripts/scenario.ts) prints them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runAlarmCase } from './alarm-mode.ts';
import { parseScenarioText } from './parse.ts';
import { plantAlarmIds, runPlantCase } from './plant-mode.ts';
import type { CaseResult, ScenarioFile } from './types.ts';

export type { CaseResult, Mismatch } from './types.ts';
export { formatMismatch } from './checks.ts';

export interface RunReport {
  /** Problems that make files invalid (nothing was run when this is non-empty). */
  invalid: string[];
  results: CaseResult[];
  passed: number;
  failed: number;
}

/** Every `*.json` file under the given files and folders (folders recursively), sorted. */
export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else if (p.endsWith('.json')) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

export function loadScenarioFiles(files: readonly string[]): { files: ScenarioFile[]; invalid: string[] } {
  const known = plantAlarmIds();
  const invalid: string[] = [];
  const parsed: ScenarioFile[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      invalid.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const r = parseScenarioText(file, text, known);
    if (typeof r[0] === 'string') invalid.push(...(r as string[]));
    else parsed.push({ file, cases: r as ScenarioFile['cases'] });
  }
  return { files: parsed, invalid };
}

export function runScenarios(paths: readonly string[], onResult?: (r: CaseResult) => void): RunReport {
  let files: string[];
  try {
    files = collectFiles(paths);
  } catch (e) {
    return { invalid: [`${(e as NodeJS.ErrnoException).path ?? paths.join(' ')}: no such file or folder`], results: [], passed: 0, failed: 0 };
  }
  if (files.length === 0) return { invalid: [`${paths.join(' ')}: no *.json scenario files`], results: [], passed: 0, failed: 0 };
  const { files: parsed, invalid } = loadScenarioFiles(files);
  if (invalid.length > 0) return { invalid, results: [], passed: 0, failed: 0 };
  const results: CaseResult[] = [];
  for (const f of parsed) {
    for (const c of f.cases) {
      let r: CaseResult;
      try {
        r = c.plant ? runPlantCase(f.file, c) : runAlarmCase(f.file, c);
      } catch (e) {
        r = { file: f.file, id: c.id, name: c.name, ok: false, error: `crashed: ${(e as Error).message}` };
      }
      results.push(r);
      onResult?.(r);
    }
  }
  const passed = results.filter((r) => r.ok).length;
  return { invalid, results, passed, failed: results.length - passed };
}
