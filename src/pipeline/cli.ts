/**
 * Thin CLI: read the seed folder, run the pipeline, write the corpus JSON.
 * Usage: npm run ingest -- --seeds seeds --out public/corpus.json
 */
import { parseArgs } from 'node:util';
import { IngestError } from './errors';
import { buildCorpusJson, writeFileAtomically } from './io';
import { reviewItems, reviewSummary } from './review';

function main(): number {
  const { values } = parseArgs({
    options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  if (!values.out) {
    process.stderr.write('usage: npm run ingest -- --seeds <dir> --out <file>\n');
    return 2;
  }
  try {
    const { json, corpus } = buildCorpusJson(values.seeds);
    writeFileAtomically(values.out, json);
    for (const warning of corpus.warnings) process.stderr.write(`warning: ${warning.file}: ${warning.message}\n`);
    if (!values.quiet) {
      process.stdout.write(
        `wrote ${values.out}: ${corpus.articles.length} articles, ${corpus.articles.reduce((n, a) => n + a.sentences.length, 0)} sentences, ` +
          `${corpus.dates.length} dates, ${corpus.events.length} events, ${corpus.entities.length} entities\n`,
      );
      process.stdout.write(reviewSummary(corpus, reviewItems(corpus), values.seeds));
    }
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      process.stderr.write(`error: ${error.message}\nnothing was written.\n`);
      return 1;
    }
    // A bug, not bad input: still one readable line first, then the stack for whoever fixes it.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: the ingest failed unexpectedly (a bug in Parallax, not in the seeds): ${message}\nnothing was written.\n`);
    if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

process.exitCode = main();
