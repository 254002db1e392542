// Tags TimeML texts with chrono-node for `Storyline.Eval timex-compare`.
// stdin: JSON lines {"id", "dct": "YYYY-MM-DD", "text"}; stdout: JSON lines {"id", "mentions": [{start, end, type, value}]}
// with UTF-16 offsets (JavaScript string indices, as .NET uses), then {"seconds"}: time spent in chrono.parse only.
// Values: the finest component chrono marks as certain decides the TIMEX3 granularity (see docs/timex.md).
'use strict';
let chrono;
try {
  chrono = require('chrono-node');
} catch (e) {
  process.stderr.write('chrono-node is not installed: run `npm install --prefix eval/compare/timex`\n');
  process.exit(3);
}
const readline = require('readline');

const pad = (n, w) => String(n).padStart(w, '0');

function toTimex(components) {
  const y = components.get('year'), m = components.get('month'), d = components.get('day');
  const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (components.isCertain('hour')) {
    return { type: 'TIME', value: `${day}T${pad(components.get('hour'), 2)}:${pad(components.get('minute') || 0, 2)}` };
  }
  if (components.isCertain('day') || components.isCertain('weekday')) {
    return { type: 'DATE', value: day };
  }
  if (components.isCertain('month')) {
    return { type: 'DATE', value: `${pad(y, 4)}-${pad(m, 2)}` };
  }
  if (components.isCertain('year')) {
    return { type: 'DATE', value: pad(y, 4) };
  }
  // Nothing certain: chrono implied every field from the reference date ("now", "today").
  return { type: 'DATE', value: day };
}

let seconds = 0;
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (!line.trim()) return;
  const doc = JSON.parse(line);
  // Noon on the DCT: the reference is a day, and noon keeps any time zone from moving it.
  const [y, m, d] = doc.dct.split('-').map(Number);
  const ref = new Date(y, m - 1, d, 12, 0, 0);
  const t0 = process.hrtime.bigint();
  const results = chrono.parse(doc.text, ref);
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;
  const mentions = results.map((r) => ({ start: r.index, end: r.index + r.text.length, ...toTimex(r.start) }));
  process.stdout.write(JSON.stringify({ id: doc.id, mentions }) + '\n');
});
rl.on('close', () => process.stdout.write(JSON.stringify({ seconds }) + '\n'));
