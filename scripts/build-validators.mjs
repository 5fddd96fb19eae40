// Precompiles every JSON Schema validator of dist/schema-validators.js into build/validators/NAME.js: ajv's
// standalone code with its runtime helpers bundled in, so a check loads plain functions instead of compiling schemas
// at start-up. Each file records the digest of the schemas it came from; a stale one is ignored at run time.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { VALIDATORS, ajvFor, schemaDigest, precompiledPath } = require(join(root, 'dist', 'schema-validators.js'));
const standaloneCode = require('ajv/dist/standalone').default;

mkdirSync(join(root, 'build', 'validators'), { recursive: true });
for (const [name, spec] of Object.entries(VALIDATORS)) {
  const { ajv, id } = ajvFor(spec, { code: { source: true } });
  const source = `${standaloneCode(ajv, { validate: id })}\nexports.digest = ${JSON.stringify(schemaDigest(spec))};\n`;
  const bundled = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: `${name}.validator.js`, loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(precompiledPath(name), bundled.outputFiles[0].contents);
}
