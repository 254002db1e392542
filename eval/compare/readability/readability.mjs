// Runs Readability.js on pages for Storyline.Eval extraction-compare.
// usage: node readability.mjs LISTFILE   (LISTFILE: one .html.gz path a line)
// prints one JSON line a page {"path", "text"}, then {"seconds": S} for the extraction loop alone.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const paths = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const quiet = new VirtualConsole();
const started = process.hrtime.bigint();
for (const path of paths) {
  let text = '';
  try {
    const html = gunzipSync(readFileSync(path)).toString('utf8');
    const dom = new JSDOM(html, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    text = '';
  }
  process.stdout.write(JSON.stringify({ path, text }) + '\n');
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ seconds }) + '\n');
