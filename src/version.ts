// The package version, read once from package.json so there is a single source of truth.
import { readFileSync } from 'node:fs';
import { packagePath } from './package-root';

/** plangate's version as published. */
export const VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
