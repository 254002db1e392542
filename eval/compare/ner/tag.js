// Runs wink-nlp and compromise over sentences (one per line on stdin, tokens joined by single spaces)
// and prints one JSON line per tagger: {system, seconds, sentences: [[[start, end, type], ...], ...]},
// offsets in UTF-16 code units into the sentence line, types as each library names them.
'use strict';
const fs = require('fs');

const lines = fs.readFileSync(0, 'utf8').split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();

function timed(name, tagOne) {
  // Warm up on the first sentences so that lazy loading is not timed.
  for (const line of lines.slice(0, 50)) tagOne(line);
  const start = process.hrtime.bigint();
  const sentences = lines.map(tagOne);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ system: name, seconds, sentences }) + '\n');
}

function wink() {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  timed('wink-nlp', (line) => {
    const doc = nlp.readDoc(line);
    // Token start offsets, rebuilt from each token's preceding spaces and text.
    const starts = [];
    let at = 0;
    doc.tokens().each((t) => {
      at += t.out(its.precedingSpaces).length;
      starts.push([at, at + t.out().length]);
      at += t.out().length;
    });
    const found = [];
    doc.entities().each((e) => {
      const span = e.out(its.span);
      found.push([starts[span[0]][0], starts[span[1]][1], e.out(its.type)]);
    });
    return found;
  });
}

function compromise() {
  const nlp = require('compromise');
  const kinds = [['people', 'Person'], ['places', 'Place'], ['organizations', 'Organization']];
  timed('compromise', (line) => {
    const doc = nlp(line);
    const found = [];
    for (const [method, type] of kinds) {
      for (const m of doc[method]().json({ offset: true })) {
        found.push([m.offset.start, m.offset.start + m.offset.length, type]);
      }
    }
    for (const m of doc.match('#Demonym').json({ offset: true })) {
      found.push([m.offset.start, m.offset.start + m.offset.length, 'Demonym']);
    }
    return found;
  });
}

wink();
compromise();
