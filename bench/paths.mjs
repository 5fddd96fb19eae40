// Where the benchmark finds the repository and writes its generated inputs and bundles (gitignored).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const generatedDir = join(root, 'bench', 'generated');
