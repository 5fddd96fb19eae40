// semver.is_valid and semver.compare through build/runtime.wasm (OPA's conformance cases plus SemVer 2.0.0
// precedence examples and OPA's parser quirks: a leading "v" and leading zeros are accepted).
import { Row, testRows } from './builtins-support';

const ROWS: Row[] = [
  ['builtin_semver__is_valid', ['"1.0.0"'], 'true'],
  ['builtin_semver__is_valid', ['"1"'], 'false'],
  ['builtin_semver__is_valid', ['1'], 'false'],
  ['builtin_semver__is_valid', ['"v1.2.3"'], 'true'],
  ['builtin_semver__is_valid', ['"1.2.3-alpha.1+build.5"'], 'true'],
  ['builtin_semver__is_valid', ['"1.2.3-al_pha"'], 'false'],
  ['builtin_semver__is_valid', ['"1.2.3+"'], 'true'],
  ['builtin_semver__is_valid', ['"1.2.3-a..b"'], 'false'],
  ['builtin_semver__is_valid', ['"1.2"'], 'false'],
  ['builtin_semver__is_valid', ['"1.2.3.4"'], 'false'],
  ['builtin_semver__is_valid', ['"1.x.3"'], 'false'],
  ['builtin_semver__is_valid', ['"99999999999999999999.0.0"'], 'false'],
  ['builtin_semver__compare', ['"1.0.0"', '"2.0.0"'], '-1'],
  ['builtin_semver__compare', ['"2.0.0"', '"1.0.0"'], '1'],
  ['builtin_semver__compare', ['"1.0.0"', '"1.0.0"'], '0'],
  ['builtin_semver__compare', ['"1"', '"1.0.0"'], 'undefined'],
  ['builtin_semver__compare', ['"1.0.0"', '"x"'], 'undefined'],
  ['builtin_semver__compare', ['"1.2.10"', '"1.2.9"'], '1'],
  ['builtin_semver__compare', ['"1.0.0-alpha"', '"1.0.0"'], '-1'],
  ['builtin_semver__compare', ['"1.0.0-alpha"', '"1.0.0-alpha.1"'], '-1'],
  ['builtin_semver__compare', ['"1.0.0-alpha.1"', '"1.0.0-alpha.beta"'], '-1'],
  ['builtin_semver__compare', ['"1.0.0-alpha.beta"', '"1.0.0-beta"'], '-1'],
  ['builtin_semver__compare', ['"1.0.0-beta.2"', '"1.0.0-beta.11"'], '-1'],
  ['builtin_semver__compare', ['"1.0.0-beta.11"', '"1.0.0-rc.1"'], '-1'],
  ['builtin_semver__compare', ['"1.0.0+build.1"', '"1.0.0+build.2"'], '0'],
  ['builtin_semver__compare', ['"v1.0.0"', '"1.0.0"'], '0'],
];

testRows('semver built-ins', ROWS);
