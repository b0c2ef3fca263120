import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from '../lib/corpus/schema';
import { IngestError } from './errors';
import { parseManifest, type Manifest } from './manifest';
import { runIngest } from './pipeline';
import type { RawSeed } from './types';

export const MANIFEST_FILE = 'manifest.json';

/** The only place the pipeline touches the file system on the way in. */
export function readSeedFolder(folder: string): { seeds: RawSeed[]; manifest: Manifest } {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new IngestError(folder, 'is not a folder of seeds');
  const seeds = readdirSync(folder)
    .filter((file) => file.toLowerCase().endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(folder, file))) }));
  if (seeds.length === 0) throw new IngestError(folder, 'holds no *.txt articles');
  const manifestPath = join(folder, MANIFEST_FILE);
  const manifest = existsSync(manifestPath)
    ? parseManifest(manifestPath, readFileSync(manifestPath, 'utf8'))
    : { entries: new Map() };
  return { seeds, manifest };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Deterministic JSON: same seeds, byte-identical output. */
export function buildCorpusJson(folder: string): { corpus: Corpus; json: string } {
  const corpus = runIngest(readSeedFolder(folder), sha256);
  return { corpus, json: `${JSON.stringify(corpus)}\n` };
}

/** Write to a temporary file and rename, so a failure never leaves partial output. */
export function writeFileAtomically(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}
