// `npm run release -- X.Y.Z [--push]`: tags a release of the action.
//
// - refuses unless the work tree is clean, HEAD is the default branch (main), package.json's
//   version is X.Y.Z, CHANGELOG.md has a "## [X.Y.Z]" section and dist/ is what the sources
//   build (users run the committed dist/, so a stale bundle must never be tagged);
// - creates the annotated tag vX.Y.Z (never moved again: GitHub's immutable releases) and
//   moves the plain major tag vX to the same commit, which is what `uses: org/paramedic-action@v1`
//   follows;
// - with --push, pushes vX.Y.Z, then vX with a lease on its previous value, so a concurrent
//   release is never overwritten. Without it, prints the commands.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { push: { type: 'boolean', default: false }, branch: { type: 'string', default: 'main' }, 'skip-build': { type: 'boolean', default: false } } });
const version = positionals[0];

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const tryGit = (...args) => spawnSync('git', args, { encoding: 'utf8' });

if (!version || !/^\d+\.\d+\.\d+$/.test(version)) fail('usage: npm run release -- X.Y.Z [--push]');
const tag = `v${version}`;
const major = `v${version.split('.')[0]}`;

if (git('status', '--porcelain')) fail('the work tree has uncommitted changes');
const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
if (branch !== values.branch) fail(`releases are tagged on ${values.branch}, not ${branch}`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.version !== version) fail(`package.json says ${pkg.version}; set "version": "${version}" and commit first`);
if (!readFileSync('CHANGELOG.md', 'utf8').includes(`## [${version}]`)) fail(`CHANGELOG.md has no "## [${version}]" section`);
if (tryGit('rev-parse', '-q', '--verify', `refs/tags/${tag}`).status === 0) fail(`${tag} already exists; a released version is never moved`);

if (!values['skip-build']) {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  if (git('status', '--porcelain', '--', 'dist')) fail('dist/ differs from a fresh build: commit the rebuilt dist/ first');
}

const head = git('rev-parse', 'HEAD');
const previousMajor = tryGit('rev-parse', '-q', '--verify', `refs/tags/${major}^{commit}`).stdout.trim();
git('tag', '-a', tag, '-m', `Paramedic ${tag}`, head);
git('tag', '-f', major, head);
console.log(`tagged ${tag} at ${head.slice(0, 7)}; ${major} ${previousMajor ? `moved from ${previousMajor.slice(0, 7)}` : 'created'}`);

const lease = `--force-with-lease=refs/tags/${major}:${previousMajor}`;
if (values.push) {
  execFileSync('git', ['push', 'origin', `refs/tags/${tag}`], { stdio: 'inherit' });
  execFileSync('git', ['push', lease, 'origin', `refs/tags/${major}`], { stdio: 'inherit' });
} else {
  console.log(`push with:\n  git push origin refs/tags/${tag}\n  git push ${lease} origin refs/tags/${major}`);
}
