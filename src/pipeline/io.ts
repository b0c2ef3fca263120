import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from '../lib/corpus/schema';
import { IngestError } from './errors';
import { describeJsonError, parseManifest } from './manifest';
import { EDITORIAL_FILE, runIngest, type IngestInput } from './pipeline';
import { parseEditorial } from './stages/apply-editorial';

function parseJsonFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new IngestError(path, `is not valid JSON (${describeJsonError(text, error)})`);
  }
}

export const MANIFEST_FILE = 'manifest.json';

/** The only place the pipeline touches the file system on the way in. */
/** Read a seed folder: every *.txt, plus manifest.json and editorial.json when present. */
export function readSeedFolder(folder: string): IngestInput {
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
  const editorialPath = join(folder, EDITORIAL_FILE);
  const editorial = existsSync(editorialPath) ? parseEditorial(editorialPath, parseJsonFile(editorialPath)) : null;
  return { seeds, manifest, editorial };
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
