import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { INDEX_FILE } from '../lib/corpus/paths';
import type { CorpusIndexData } from '../lib/corpus/schema';
import { IngestError } from './errors';
import { buildCorpusJson } from './io';
import { publishedFiles } from './publish';

/** Ten hex digits of SHA-256: enough to tell builds' files apart, short in a URL. */
export const contentHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

export interface CorpusPluginOptions {
  /** The seed folder to ingest. */
  seeds: string;
  /** A module exporting `renderFirstScreen(index) → HTML`, rendered into index.html at build time. */
  prerender?: string;
}

/**
 * Runs the ingest pipeline inside Vite, so the built app always ships the
 * corpus of the seeds it was built from: the whole corpus and its published
 * split (src/pipeline/publish.ts), emitted as assets at build time and served
 * (rebuilt when a seed changes) by the dev server. At build time it also
 * renders the first screen into index.html, and asks the browser to fetch the
 * index while it parses the page, beside the scripts rather than after them.
 */
export function corpusPlugin(options: CorpusPluginOptions): Plugin {
  const folder = resolve(options.seeds);
  let config: ResolvedConfig | null = null;
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
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (config?.command !== 'build') return html;
        const base = config.base;
        const preload = `<link rel="preload" href="${base}${INDEX_FILE}" as="fetch" type="application/json" crossorigin="anonymous" />`;
        const withPreload = html.replace('</title>', `</title>\n    ${preload}`);
        if (!options.prerender) return withPreload;
        const index = JSON.parse(files().get(INDEX_FILE) ?? 'null') as CorpusIndexData;
        const body = await renderWithVite(config, options.prerender, index);
        if (!withPreload.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root"></div> to prerender into');
        // The client hydrates only when the index it fetches is the one this page was rendered from.
        return withPreload.replace('<div id="root"></div>', () => `<div id="root" data-index-build="${index.build}">${body}</div>`);
      },
    },
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

/**
 * Load the prerender module through Vite's SSR loader (TypeScript, JSX and
 * import.meta.env as the app sees them) and render the first screen.
 */
async function renderWithVite(config: ResolvedConfig, entry: string, index: CorpusIndexData): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(resolve(config.root, entry))) as { renderFirstScreen: (index: CorpusIndexData) => string };
    return module.renderFirstScreen(index);
  } finally {
    await server.close();
  }
}
