import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { IngestError } from './errors';
import { buildCorpusJson } from './io';

export const CORPUS_FILE = 'corpus.json';

/**
 * Runs the ingest pipeline inside Vite, so the built app always ships the
 * corpus of the seeds it was built from: emitted as an asset at build time,
 * served (and rebuilt when a seed changes) by the dev server.
 */
export function corpusPlugin(options: { seeds: string }): Plugin {
  const folder = resolve(options.seeds);
  let cached: string | null = null;
  const corpusJson = () => (cached ??= buildCorpusJson(folder).json);
  return {
    name: 'parallax-corpus',
    buildStart() {
      try {
        this.addWatchFile(folder);
        corpusJson();
      } catch (error) {
        if (error instanceof IngestError) this.error(`ingest failed: ${error.message}`);
        throw error;
      }
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CORPUS_FILE, source: corpusJson() });
    },
    configureServer(server) {
      server.watcher.add(folder);
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(folder)) cached = null;
      });
      server.middlewares.use(`/${CORPUS_FILE}`, (_request, response) => {
        try {
          response.setHeader('Content-Type', 'application/json');
          response.end(corpusJson());
        } catch (error) {
          response.statusCode = 500;
          response.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
        }
      });
    },
  };
}
