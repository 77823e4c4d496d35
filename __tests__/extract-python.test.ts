import { afterAll, describe, expect, it } from 'vitest';
import { pipfile } from '../src/discover/extractors/pipfile.js';
import { isRequirementsFile, logicalLines, pythonRequirements } from '../src/discover/extractors/python-requirements.js';
import { pythonPyproject } from '../src/discover/extractors/python-pyproject.js';
import { parseRequirement } from '../src/discover/extractors/pep508.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('PEP 508 requirement reader', () => {
  it('reads names, extras, specifiers, markers and direct references', () => {
    expect(parseRequirement('Django>=4.2,<5 ; python_version >= "3.10"')).toEqual({ name: 'Django', extras: [], version: '>=4.2,<5', direct: false });
    expect(parseRequirement('celery[redis, msgpack]==5.3.6')).toEqual({ name: 'celery', extras: ['redis', 'msgpack'], version: '==5.3.6', direct: false });
    expect(parseRequirement('psycopg2 (>=2.9)')).toEqual({ name: 'psycopg2', extras: [], version: '>=2.9', direct: false });
    expect(parseRequirement('mylib @ git+https://user:s3cret@example.com/mylib.git ; os_name == "posix"')).toEqual({ name: 'mylib', extras: [], direct: true });
    expect(parseRequirement('redis;sys_platform=="linux"')).toEqual({ name: 'redis', extras: [], direct: false });
  });

  it('refuses strings that are not requirements', () => {
    for (const bad of ['', '==1.0', 'redis[hiredis', 'redis banana', 'redis @', 'redis[a b]', '-e .']) expect(parseRequirement(bad)).toBeUndefined();
  });
});

describe('requirements files', () => {
  it('claims requirements files by name and nothing else', () => {
    const claimed = ['requirements.txt', 'requirements-prod.txt', 'dev-requirements.txt', 'requirements/base.txt', 'api/requirements_dev.txt', 'requirements.in'];
    const ignored = ['requirements.md', 'constraints.txt', 'docs/notes.txt', 'my-requirements-notes.md', 'requirementsfile.txt'];
    expect(claimed.filter(isRequirementsFile)).toEqual(claimed);
    expect(ignored.filter(isRequirementsFile)).toEqual([]);
  });

  it('joins continuations and strips comments the way pip does', () => {
    expect(logicalLines('# top\nredis==5.0 \\\n    --hash=sha256:abc\n\n# note \\\npg8000  # inline\npkg @ https://x/y.whl#egg=pkg\n')).toEqual([
      { line: 2, text: 'redis==5.0     --hash=sha256:abc' },
      { line: 6, text: 'pg8000' },
      { line: 7, text: 'pkg @ https://x/y.whl#egg=pkg' },
    ]);
  });

  it('reads each requirement at its line with normalised names, extras and versions', async () => {
    const text = [
      '--index-url https://pypi.example.com/simple', // 1
      '-c constraints.txt', // 2
      'Flask==3.0.0', // 3
      'psycopg2_binary>=2.9 ; python_version >= "3.8"', // 4
      'celery[redis,msgpack]==5.3.6 \\', // 5
      '    --hash=sha256:0123', // 6
      '-e git+https://github.com/acme/tools.git#egg=redis', // 7
      'git+https://github.com/acme/other.git', // 8
      './libs/shared', // 9
      'private-lib @ https://token:hunter2@example.com/private-lib.tar.gz', // 10
      '# redis==4.0 is commented out', // 11
      'Stripe.SDK', // 12
    ].join('\n');
    const { signals, warnings } = await extractOne(pythonRequirements, 'requirements.txt', text);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'package:flask@3',
      'package:psycopg2-binary@4',
      'package:celery[redis]@5',
      'package:celery[msgpack]@5',
      'package:private-lib@10',
      'package:stripe-sdk@12',
    ]);
    expect(signals[2]).toMatchObject({ ecosystem: 'pypi', version: '==5.3.6', scope: 'prod', detail: 'requirement "celery[redis,msgpack]" ==5.3.6' });
    // A direct reference never puts its URL (which may hold a token) in the detail.
    expect(signals[4]!.detail).toBe('requirement "private-lib" (direct reference)');
    expect(JSON.stringify(signals)).not.toContain('hunter2');
  });

  it('marks files whose name says dev, test or docs as dev scope', async () => {
    for (const path of ['requirements-dev.txt', 'dev-requirements.txt', 'requirements/test.txt', 'requirements_docs.txt', 'docs/requirements.txt']) {
      const { signals } = await extractOne(pythonRequirements, path, 'redis\n');
      expect([path, brief(signals)]).toEqual([path, ['package:redis@1/dev']]);
    }
    for (const path of ['requirements-prod.txt', 'requirements/base.txt', 'requirements/production.txt']) {
      const { signals } = await extractOne(pythonRequirements, path, 'redis\n');
      expect([path, brief(signals)]).toEqual([path, ['package:redis@1']]);
    }
  });

  it('follows -r includes with their own path and lines, and stops at cycles', async () => {
    const { signals, warnings } = await extractOne(pythonRequirements, 'services/api/requirements.txt', '-r base.txt\nredis\n', {
      'base.txt': 'pymongo\n-r common/pins.txt\n',
      'common/pins.txt': '\n\nasyncpg==0.29\n-r ../base.txt\n',
    });
    expect(warnings).toEqual([]);
    expect(signals.map((s) => `${s.path}:${s.line}:${s.name}`)).toEqual([
      'services/api/base.txt:1:pymongo',
      'services/api/common/pins.txt:3:asyncpg',
      'services/api/requirements.txt:2:redis',
    ]);
  });

  it('leaves includes that are requirements files to their own scan, and warns about missing ones', async () => {
    const { signals, warnings } = await extractOne(pythonRequirements, 'requirements-dev.txt', '-r requirements.txt\n--requirement=extra.txt\npytest\n', {
      'requirements.txt': 'redis\n',
    });
    expect(brief(signals)).toEqual(['package:pytest@3/dev']);
    expect(warnings).toEqual([{ path: 'requirements-dev.txt', line: 2, message: '-r extra.txt: included file not found in the repository' }]);
  });

  it('warns about unreadable lines with their line, also inside included files, and goes on', async () => {
    const { signals, warnings } = await extractOne(pythonRequirements, 'requirements.txt', 'redis\nthis is not valid\n-r base.txt\npg8000\n', {
      'base.txt': 'asyncpg\n==1.0\n',
    });
    expect(brief(signals)).toEqual(['package:redis@1', 'package:asyncpg@1', 'package:pg8000@4']);
    expect(warnings).toEqual([
      { path: 'requirements.txt', line: 2, message: 'not a requirement pip can read; line skipped' },
      { path: 'requirements.txt', line: 3, message: 'not a requirement pip can read; line skipped (in base.txt line 2, included with -r)' },
    ]);
  });
});

describe('pyproject.toml', () => {
  it('reads PEP 621 dependencies as production and optional groups (extras) as not', async () => {
    const text = [
      '[project]', // 1
      'name = "shop"', // 2
      'description = "uses redis"', // 3
      'dependencies = [', // 4
      '  "fastapi>=0.110",', // 5
      "  'SQLAlchemy[postgresql_asyncpg]>=2.0',", // 6
      '  "stripe ; python_version >= \\"3.9\\"",', // 7
      ']', // 8
      '', // 9
      '[project.optional-dependencies]', // 10
      'cache = ["redis>=5"]', // 11
      'test = [', // 12
      '  "pytest",', // 13
      '  "redis>=5",', // 14
      ']', // 15
      'docs = ["pymongo"]', // 16
    ].join('\n');
    const { signals, warnings } = await extractOne(pythonPyproject, 'pyproject.toml', text);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'package:fastapi@5',
      'package:sqlalchemy[postgresql-asyncpg]@6',
      'package:stripe@7',
      // An extra is installed only on request (`pip install shop[cache]`).
      'package:redis@11/dev',
      'package:pytest@13/dev',
      'package:redis@14/dev',
      'package:pymongo@16/dev',
    ]);
    expect(signals[3]!.detail).toBe('project.optional-dependencies.cache "redis" >=5');
  });

  it('reads Poetry dependencies and groups, skipping python', async () => {
    const text = [
      '[tool.poetry]', // 1
      'name = "shop"', // 2
      '', // 3
      '[tool.poetry.dependencies]', // 4
      'python = "^3.11"', // 5
      'psycopg = { version = "^3.1", extras = ["binary"] }', // 6
      '"celery" = {version = "^5.3", extras = ["redis"]}', // 7
      'internal = { git = "https://token@example.com/internal.git" }', // 8
      '', // 9
      '[tool.poetry.dev-dependencies]', // 10
      'redis = "*"', // 11
      '', // 12
      '[tool.poetry.group.lint.dependencies]', // 13
      'pymongo = "^4"', // 14
      '', // 15
      '[tool.poetry.group.worker.dependencies]', // 16
      'pika = "^1.3"', // 17
    ].join('\n');
    const { signals, warnings } = await extractOne(pythonPyproject, 'pyproject.toml', text);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'package:psycopg[binary]@6',
      'package:celery[redis]@7',
      'package:internal@8',
      'package:redis@11/dev',
      'package:pymongo@14/dev',
      'package:pika@17',
    ]);
    expect(signals.map((s) => s.version ?? null)).toEqual(['^3.1', '^5.3', null, null, '^4', '^1.3']);
    expect(signals[2]!.detail).toBe('tool.poetry.dependencies "internal" (direct reference)');
    expect(JSON.stringify(signals)).not.toContain('token@');
  });

  it('reads PEP 735, uv and PDM dev groups as dev scope', async () => {
    const text = [
      '[project]', // 1
      'name = "x"', // 2
      'dependencies = ["redis"]', // 3
      '[dependency-groups]', // 4
      'test = ["pytest", {include-group = "lint"}]', // 5
      'lint = ["ruff"]', // 6
      '[tool.uv]', // 7
      'dev-dependencies = ["asyncpg"]', // 8
      '[tool.pdm.dev-dependencies]', // 9
      'db = ["pymongo"]', // 10
    ].join('\n');
    const { signals } = await extractOne(pythonPyproject, 'pyproject.toml', text);
    expect(brief(signals)).toEqual(['package:redis@3', 'package:pytest@5/dev', 'package:ruff@6/dev', 'package:asyncpg@8/dev', 'package:pymongo@10/dev']);
  });

  it('does not mistake other tables that mention packages for dependencies', async () => {
    const text = [
      '[project]',
      'name = "redis-tools"',
      'keywords = ["redis", "postgres"]',
      'dependencies = []',
      '[tool.mypy]',
      'plugins = ["pydantic.mypy"]',
      '[[tool.mypy.overrides]]',
      'module = ["redis.*", "psycopg2"]',
      '[tool.ruff]',
      'extend-exclude = ["stripe"]',
    ].join('\n');
    const { signals, warnings } = await extractOne(pythonPyproject, 'pyproject.toml', text);
    expect(signals).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('warns with the line of a TOML syntax error, and of a bad requirement string', async () => {
    const broken = await extractOne(pythonPyproject, 'pyproject.toml', '[project]\nname = "x"\ndependencies = ["redis",\n');
    expect(broken.signals).toEqual([]);
    expect(broken.warnings).toHaveLength(1);
    expect(broken.warnings[0]).toMatchObject({ path: 'pyproject.toml', line: 4 });
    expect(broken.warnings[0]!.message).toMatch(/^invalid TOML: /);

    const bad = await extractOne(pythonPyproject, 'pyproject.toml', '[project]\ndependencies = [\n  "redis",\n  "pg8000 ??? 1",\n]\n');
    expect(brief(bad.signals)).toEqual(['package:redis@3']);
    expect(bad.warnings).toEqual([{ path: 'pyproject.toml', line: 4, message: 'project.dependencies: an entry is not a PEP 508 requirement; skipped' }]);
  });
});

describe('Pipfile', () => {
  it('reads [packages] as production and [dev-packages] as dev, at the line of each key', async () => {
    const text = [
      '[[source]]', // 1
      'url = "https://pypi.org/simple"', // 2
      'name = "pypi"', // 3
      '', // 4
      '[packages]', // 5
      'django = "==4.2"', // 6
      'psycopg2-binary = "*"', // 7
      'celery = {extras = ["redis"], version = ">=5"}', // 8
      '', // 9
      '[dev-packages]', // 10
      'pymongo = "*"', // 11
      '', // 12
      '[requires]', // 13
      'python_version = "3.12"', // 14
    ].join('\n');
    const { signals, warnings } = await extractOne(pipfile, 'Pipfile', text);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual(['package:django@6', 'package:psycopg2-binary@7', 'package:celery[redis]@8', 'package:pymongo@11/dev']);
    expect(signals[1]).not.toHaveProperty('version');
    expect(signals[2]!.detail).toBe('[packages] "celery[redis]" >=5');
  });

  it('warns about malformed TOML without throwing', async () => {
    const { signals, warnings } = await extractOne(pipfile, 'Pipfile', '[packages]\nredis = "*"\nredis = "*"\n');
    expect(signals).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ path: 'Pipfile', line: 3 });
  });
});

describe('Python manifests through a real scan', () => {
  it('turns requirements, pyproject and Pipfile signals into catalog dependencies; dev-only ones do not count', async () => {
    const result = await scanFiles({
      'requirements/base.txt': 'Django==5.0\npsycopg2-binary==2.9.9\n',
      'requirements/test.txt': '-r base.txt\npymongo\n',
      'requirements.txt': '-r requirements/base.txt\n-r shared.txt\n',
      'shared.txt': '# pinned\ncelery[redis]==5.3\n',
      'worker/pyproject.toml': '[project]\nname = "worker"\ndependencies = [\n  "pika>=1.3",\n  "stripe",\n]\n[dependency-groups]\ndev = ["openai"]\n',
      'Pipfile': '[packages]\nasyncpg = "*"\n[dev-packages]\nanthropic = "*"\n',
      'tests/requirements.txt': 'boto3\ncelery[sqs]\n',
      'broken/pyproject.toml': '[project\n',
    });
    expect(evidenceById(result)).toEqual({
      postgresql: ['Pipfile:2', 'requirements/base.txt:2'],
      rabbitmq: ['worker/pyproject.toml:4'],
      redis: ['shared.txt:2'],
      stripe: ['worker/pyproject.toml:5'],
    });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ path: 'broken/pyproject.toml', line: 1 });
  });
});
