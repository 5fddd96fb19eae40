// uri.parse and uri.is_valid through build/runtime.wasm: OPA's conformance cases (builtins/uribuiltins) plus
// Go net/url behaviours (userinfo, bracketed hosts, lower-cased schemes, relative references).
import { Row, testRows } from './builtins-support';

const P = 'builtin_uri__parse';
const V = 'builtin_uri__is_valid';

const ROWS: Row[] = [
  [P, ['"https://example.com:8080/api?q=1#top"'], '{"scheme": "https", "hostname": "example.com", "port": "8080", "path": "/api", "raw_path": "/api", "raw_query": "q=1", "fragment": "top"}'],
  [P, ['"https://example.com/path"'], '{"scheme": "https", "hostname": "example.com", "path": "/path", "raw_path": "/path"}'],
  [P, ['"https://example.com:443/path"'], '{"scheme": "https", "hostname": "example.com", "port": "443", "path": "/path", "raw_path": "/path"}'],
  [P, ['"https://example.com?q=1#frag"'], '{"scheme": "https", "hostname": "example.com", "raw_query": "q=1", "fragment": "frag"}'],
  [P, ['"http://[::1]:8080/path"'], '{"scheme": "http", "hostname": "::1", "port": "8080", "path": "/path", "raw_path": "/path"}'],
  [P, ['"https://example.com/path%2Fwith%2Fslashes"'], '{"scheme": "https", "hostname": "example.com", "path": "/path/with/slashes", "raw_path": "/path%2Fwith%2Fslashes"}'],
  [P, ['"https://example.com/plain/path"'], '{"scheme": "https", "hostname": "example.com", "path": "/plain/path", "raw_path": "/plain/path"}'],
  [P, ['""'], '{}'],
  [P, ['"mailto:user@example.com"'], '{"scheme": "mailto"}'],
  [P, ['"http://exa%6dple.com/"'], 'undefined'],
  [P, ['"http://a<b@example.com/"'], 'undefined'],
  [P, ['"http://example.com:٣٤/"'], 'undefined'],
  [P, ['"http://foo]bar/"'], '{"scheme": "http", "hostname": "foo]bar", "path": "/", "raw_path": "/"}'],
  [P, ['"https://example.com/a%21b"'], '{"scheme": "https", "hostname": "example.com", "path": "/a!b", "raw_path": "/a!b"}'],
  [P, ['"https://example.com/a%27b"'], '{"scheme": "https", "hostname": "example.com", "path": "/a\'b", "raw_path": "/a\'b"}'],
  [P, ['"https://example.com/a%2Ab"'], '{"scheme": "https", "hostname": "example.com", "path": "/a*b", "raw_path": "/a*b"}'],
  [P, ['"https://example.com/a%28b%29"'], '{"scheme": "https", "hostname": "example.com", "path": "/a(b)", "raw_path": "/a(b)"}'],
  // raw_path is Go's URL.RawPath, or the path when RawPath is empty (the escaping was the default one), as the
  // conformance cases for %21 and %2F show.
  [P, ['"HTTPS://user:pw@Example.com/x%20y"'], '{"scheme": "https", "hostname": "Example.com", "path": "/x y", "raw_path": "/x y"}'],
  [P, ['"https://h/x%2fy"'], '{"scheme": "https", "hostname": "h", "path": "/x/y", "raw_path": "/x%2fy"}'],
  [P, ['"/relative/path?x"'], '{"path": "/relative/path", "raw_path": "/relative/path", "raw_query": "x"}'],
  [P, ['"http://[invalid"'], 'undefined'],
  [P, ['"https://example.com/%zz"'], 'undefined'],
  [P, ['":nope"'], 'undefined'],
  [P, ['"a:b/c"'], '{"scheme": "a"}'],
  [P, ['1'], 'undefined'],
  [V, ['"https://example.com/path?q=1"'], 'true'],
  [V, ['""'], 'false'],
  [V, ['"http://[invalid"'], 'false'],
  [V, ['"http://exa%6dple.com/"'], 'false'],
  [V, ['"http://a<b@example.com/"'], 'false'],
  [V, ['"http://user name@example.com/"'], 'false'],
  [V, ['"http://example.com:٣٤/"'], 'false'],
  [V, ['"http://foo]bar/"'], 'true'],
  [V, ['1'], 'undefined'],
];

testRows('uri built-ins', ROWS);
