// Screenshots the suite leaves for people to look at (tests/e2e/artifacts/, gitignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../artifacts');

export function writeArtifact(name: string, data: Buffer): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, name);
  writeFileSync(path, data);
  return path;
}
