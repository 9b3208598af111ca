import { suites } from './suites';
import type { Figure } from './harness/figure';

// `npm run bench`: runs every suite (or those whose name contains argv[2]) and prints each figure
// with its goal and its same-run baseline. Exit code 0 even when a goal is missed: it reports.
const only = process.argv[2]?.toLowerCase();
const rows: Array<Figure & { suite: string }> = [];
for (const load of suites) {
  const suite = (await load()).default;
  if (only && !suite.name.toLowerCase().includes(only)) continue;
  console.log(`\n▶ ${suite.name}`);
  for (const figure of await suite.run()) {
    rows.push({ ...figure, suite: suite.name });
    const mark = figure.met ? 'MET ' : 'MISS';
    console.log(`  [${mark}] ${figure.name}: ${formatValue(figure.value)} ${figure.unit}  (goal ${figure.goal}; baseline ${figure.baseline})`);
  }
}
const missed = rows.filter((r) => !r.met);
console.log(`\n${rows.length} figures, ${rows.length - missed.length} met, ${missed.length} missed`);
for (const r of missed) console.log(`  missed: ${r.suite} / ${r.name}`);

function formatValue(value: number): string {
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}
