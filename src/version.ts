// The package version, read once from package.json so there is a single source of truth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** plangate's version as published. */
export const VERSION: string = (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
