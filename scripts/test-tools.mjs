// First step of `npm test` (scripts/test.mjs): the system programs some tests drive for real (a browser,
// pre-commit, git) are installed with apt-get when missing, and the run says so. Where they cannot be installed it
// says which tests will fail: those tests fail without them, they never skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each program the suite needs: how to tell it is there, its Debian package, and the tests that use it. */
const TOOLS = [
  { name: 'chromium', present: () => existsSync('/usr/bin/chromium'), apt: 'chromium', usedBy: 'the HTML report tests in headless Chromium' },
  { name: 'pre-commit', present: () => answers('pre-commit', ['--version']), apt: 'pre-commit', usedBy: 'the pre-commit hook test (pre-commit try-repo)' },
  { name: 'git', present: () => answers('git', ['--version']), apt: 'git', usedBy: 'the pre-commit hook test and the provenance tests' },
];

function answers(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function say(line) {
  process.stderr.write(`test: ${line}\n`);
}

/** apt-get as it can be run here: directly as root, through non-interactive sudo otherwise, or not at all. */
function aptGet() {
  if (!answers('apt-get', ['--version'])) return undefined;
  if (process.getuid?.() === 0) return (args) => spawnSync('apt-get', args, { stdio: ['ignore', 2, 2], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (answers('sudo', ['-n', 'true'])) return (args) => spawnSync('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { stdio: ['ignore', 2, 2] });
  return undefined;
}

const missing = TOOLS.filter((t) => !t.present());
if (missing.length > 0) {
  const apt = aptGet();
  const names = missing.map((t) => t.apt).join(' ');
  if (apt) {
    say(`installing ${names} with apt-get (needed by ${missing.map((t) => t.usedBy).join('; ')})`);
    const ok = apt(['update', '-qq']).status === 0 && apt(['install', '-y', '-qq', '--no-install-recommends', ...missing.map((t) => t.apt)]).status === 0;
    if (!ok) say(`apt-get could not install ${names}`);
  }
  for (const tool of TOOLS.filter((t) => !t.present())) {
    say(`${tool.name} is missing and could not be installed${apt ? '' : ' (no apt-get, or not root and no sudo)'}: ${tool.usedBy} will fail; install the Debian package ${tool.apt}`);
  }
}
