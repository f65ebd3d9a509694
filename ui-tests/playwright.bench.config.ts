/** The UI benchmarks (make bench-ui): same host and browser as the tests, bench/ instead of tests/. */
import config from './playwright.config';

export default { ...config, testDir: './bench', reporter: [['list']] as any };
