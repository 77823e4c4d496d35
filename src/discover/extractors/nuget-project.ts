import { LineIndex } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { hasDevToken } from './dev-scope.js';
import { basename, dirname, lowerName } from './paths.js';
import { xmlTools } from './xml-parser.js';

/**
 * .NET projects: `<PackageReference Include="Npgsql" Version="8.0.3" />` in an SDK-style
 * `*.csproj` / `*.fsproj` / `*.vbproj`, and `<package id="..." />` in a legacy packages.config.
 * `Directory.Packages.props` (central package management) only pins versions, like Maven's
 * `<dependencyManagement>`: each project that uses a package still references it, so it is not read.
 *
 * Development only: a test project (`IsTestProject`, a test-framework SDK, a `.Tests` name or
 * a test folder), and references with `PrivateAssets="all"` (analyzers and build tools that
 * never ship with the app).
 *
 * The project is also a workspace package named by its path, whose `<ProjectReference>`s are the
 * projects it pulls in: a deployed web project ships the class library (`src/Core`) that holds
 * the SDKs, so the library's packages are deployed with it.
 */
const PROJECT_FILE = /\.(?:csproj|fsproj|vbproj)$/;

const xml = xmlTools({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
});

type XmlNode = Record<string, unknown>;
const ATTRIBUTES = ':@';

/** Packages that make a project a test project (the test SDK, runners, frameworks). */
const TEST_PACKAGES = new Set(['microsoft.net.test.sdk', 'xunit', 'nunit', 'mstest.testframework', 'xunit.v3']);

export const nugetProject: Extractor = {
  id: 'nuget',
  claimsName: (name) => PROJECT_FILE.test(name.toLowerCase()) || name.toLowerCase() === 'packages.config',
  matches: (path) => PROJECT_FILE.test(lowerName(path)) || lowerName(path) === 'packages.config',
  async extract({ path, text, warn }) {
    const { parser, validator, meta: META } = await xml();
    const valid = validator.validate(text);
    if (valid !== true) {
      warn(`invalid XML: ${valid.err.msg.replace(/\s+/g, ' ')}`, valid.err.line || undefined);
      return [];
    }
    let roots: XmlNode[];
    try {
      roots = parser.parse(text) as XmlNode[];
    } catch (error) {
      warn(`invalid XML: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const lines = new LineIndex(text);
    const lineOf = (node: XmlNode): number => {
      const start = (node as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex;
      return typeof start === 'number' ? lines.lineAt(start) : 1;
    };
    const legacy = lowerName(path) === 'packages.config';
    const references: Array<{ name: string; version?: string; line: number; privateAssets: boolean }> = [];
    const projectRefs: string[] = [];
    let projectLine: number | undefined;
    let testProject = hasDevToken(path) || /\.tests?\.(?:cs|fs|vb)proj$/i.test(basename(path));
    visit(roots, (tag, node) => {
      const attributes = attributesOf(node);
      if (tag === 'Project') projectLine ??= lineOf(node);
      if (tag === 'ProjectReference' && attributes.Include) {
        const target = resolveProjectPath(dirname(path), attributes.Include);
        if (target) projectRefs.push(target);
      }
      if (tag === 'Project' && /\.Test\b|MSTest\.Sdk/i.test(attributes.Sdk ?? '')) testProject = true;
      if (tag === 'IsTestProject' && textOf(node, tag).toLowerCase() === 'true') testProject = true;
      const name = legacy ? (tag === 'package' ? attributes.id : undefined) : tag === 'PackageReference' ? (attributes.Include ?? attributes.Update) : undefined;
      if (!name || (tag === 'PackageReference' && !attributes.Include)) return;
      const version = attributes.Version ?? attributes.version ?? childText(node, tag, 'Version');
      const privateAssets = (attributes.PrivateAssets ?? childText(node, tag, 'PrivateAssets') ?? '').toLowerCase() === 'all';
      references.push({ name, ...(version ? { version } : {}), line: lineOf(node), privateAssets });
      if (TEST_PACKAGES.has(name.toLowerCase())) testProject = true;
    });
    const signals = references.map(({ name, version, line, privateAssets }): Signal => ({
      kind: 'package',
      ecosystem: 'nuget',
      name,
      path,
      line,
      source: 'nuget',
      detail: `${legacy ? 'package' : 'PackageReference'} "${name}"${version ? ` ${version}` : ''}${privateAssets ? ' (PrivateAssets all)' : ''}`,
      ...(version ? { version } : {}),
      scope: testProject || privateAssets ? 'dev' : 'prod',
    }));
    if (!legacy) {
      signals.push({ kind: 'workspace', name: path, path, line: projectLine ?? 1, source: 'nuget', detail: `project ${basename(path)}`, refs: projectRefs, scope: testProject ? 'dev' : 'prod' });
    }
    return signals;
  },
};

/**
 * A `<ProjectReference Include="..\\Core\\Core.csproj">` as a repository path (`src/Core/Core.csproj`):
 * MSBuild writes Windows separators and paths relative to the project's folder. Undefined when it
 * leaves the repository or uses an MSBuild property (`$(SolutionDir)`).
 */
export function resolveProjectPath(folder: string, include: string): string | undefined {
  if (include.includes('$(')) return undefined;
  const parts = folder === '' ? [] : folder.split('/');
  for (const segment of include.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

/** Every element, depth first, with its tag. */
function visit(nodes: XmlNode[], found: (tag: string, node: XmlNode) => void, depth = 0): void {
  if (depth > 30) return;
  for (const node of nodes) {
    for (const [tag, children] of Object.entries(node)) {
      if (tag === ATTRIBUTES || tag === '#text' || !Array.isArray(children)) continue;
      found(tag, node);
      visit(children as XmlNode[], found, depth + 1);
    }
  }
}

function attributesOf(node: XmlNode): Record<string, string | undefined> {
  const attributes = node[ATTRIBUTES];
  return attributes && typeof attributes === 'object' ? (attributes as Record<string, string | undefined>) : {};
}

function textOf(node: XmlNode, tag: string): string {
  const children = node[tag];
  if (!Array.isArray(children)) return '';
  return (children as XmlNode[]).map((child) => child['#text']).filter((value) => value !== undefined).join('').trim();
}

/** `<PackageReference Include="X"><Version>1.0</Version></PackageReference>`: a child element's text. */
function childText(node: XmlNode, tag: string, child: string): string | undefined {
  const children = node[tag];
  if (!Array.isArray(children)) return undefined;
  const element = (children as XmlNode[]).find((c) => Array.isArray(c[child]));
  const text = element ? textOf(element, child) : '';
  return text || undefined;
}
