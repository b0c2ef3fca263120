import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { IngestError } from './errors';
import { buildCorpusJson } from './io';
import { publishedFiles } from './publish';

/** Ten hex digits of SHA-256: enough to tell builds' files apart, short in a URL. */
export const contentHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/**
 * Runs the ingest pipeline inside Vite, so the built app always ships the
 * corpus of the seeds it was built from: the whole corpus and its published
 * split (src/pipeline/publish.ts), emitted as assets at build time and served
 * (rebuilt when a seed changes) by the dev server.
 */
export function corpusPlugin(options: { seeds: string }): Plugin {
  const folder = resolve(options.seeds);
  let cached: Map<string, string> | null = null;
  const files = () => {
    if (!cached) {
      const { corpus, json } = buildCorpusJson(folder);
      cached = new Map(publishedFiles(corpus, json, contentHash).map((file) => [file.path, file.contents]));
    }
    return cached;
  };
  return {
    name: 'parallax-corpus',
    buildStart() {
      try {
        this.addWatchFile(folder);
        files();
      } catch (error) {
        if (error instanceof IngestError) this.error(`ingest failed: ${error.message}`);
        throw error;
      }
    },
    generateBundle() {
      for (const [fileName, source] of files()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.watcher.add(folder);
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(folder)) cached = null;
      });
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        if (!path.endsWith('.json')) return next();
        let contents: string | undefined;
        try {
          contents = files().get(path);
        } catch (error) {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
          return;
        }
        if (contents === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(contents);
      });
    },
  };
}
