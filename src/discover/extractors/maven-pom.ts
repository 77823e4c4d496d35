import { LineIndex } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { hasDevToken } from './dev-scope.js';
import { basename } from './paths.js';
import { xmlTools } from './xml-parser.js';

/**
 * With `preserveOrder` every element is `{ tagName: children[] }` (text as `{ '#text': ... }`),
 * and `captureMetaData` puts the element's start offset under a symbol, which gives lines.
 */
type XmlNode = Record<string, unknown>;

const xml = xmlTools({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Keep every value a string: versions like 1.10 must not become numbers.
  parseTagValue: false,
});

/** Maven scopes that never reach production. `provided` stays prod: the container supplies it at run time. */
const DEV_SCOPES = new Set(['test']);

/**
 * Maven `pom.xml`. Reads `<dependencies>` of the project and of its profiles;
 * `<dependencyManagement>` (version pins only) and `<build>` plugins are not dependencies.
 * Each module of a multi-module build has its own pom.xml, listed like any other file.
 */
export const mavenPom: Extractor = {
  id: 'maven',
  claimsName: (name) => name === 'pom.xml',
  matches: (path) => basename(path) === 'pom.xml',
  async extract({ path, text, warn }) {
    const { parser, validator, meta: META } = await xml();
    const valid = validator.validate(text);
    if (valid !== true) {
      warn(`invalid XML: ${validatorMessage(valid.err.code, valid.err.msg)}`, valid.err.line || undefined);
      return [];
    }
    let roots: XmlNode[];
    try {
      roots = parser.parse(text) as XmlNode[];
    } catch (error) {
      warn(`invalid XML: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const project = roots.find((node) => 'project' in node);
    if (!project) {
      warn('pom.xml has no <project> element', 1);
      return [];
    }
    const lines = new LineIndex(text);
    const lineOf = (node: XmlNode): number => {
      const start = (node as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex;
      return typeof start === 'number' ? lines.lineAt(start) : 1;
    };

    const signals: Signal[] = [];
    const read = (dependencies: XmlNode[], section: string, devSection: boolean): void => {
      for (const dependency of elements(dependencies, 'dependency')) {
        const children = childrenOf(dependency, 'dependency');
        const groupId = textOf(children, 'groupId');
        const artifactIdNode = elements(children, 'artifactId')[0];
        const artifactId = textOf(children, 'artifactId');
        if (!groupId || !artifactId || !artifactIdNode) {
          warn(`${section} has a <dependency> without groupId or artifactId`, lineOf(dependency));
          continue;
        }
        const version = textOf(children, 'version');
        const scope = textOf(children, 'scope');
        const name = `${groupId}:${artifactId}`;
        signals.push({
          kind: 'package',
          ecosystem: 'maven',
          name,
          path,
          line: lineOf(artifactIdNode),
          source: 'maven',
          detail: `${section} "${name}"${version ? ` ${version}` : ''}${scope ? ` (${scope})` : ''}`,
          ...(version ? { version } : {}),
          scope: devSection || (scope !== undefined && DEV_SCOPES.has(scope)) ? 'dev' : 'prod',
        });
      }
    };

    const projectChildren = childrenOf(project, 'project');
    const parentGroup = elements(projectChildren, 'parent').map((parent) => textOf(childrenOf(parent, 'parent'), 'groupId'))[0];
    const groupId = textOf(projectChildren, 'groupId') ?? parentGroup;
    const ownGroup = (name: string): string => (groupId ? name.replace(/^\$\{project\.(?:parent\.)?groupId\}:/, `${groupId}:`) : name);
    for (const dependencies of elements(projectChildren, 'dependencies')) read(childrenOf(dependencies, 'dependencies'), 'dependencies', false);
    // A profile's dependencies join the build when it is activated, so they are read too;
    // a profile named for development or tests (`dev`, `integration-test`) only gives dev signals.
    for (const profiles of elements(projectChildren, 'profiles')) {
      for (const profile of elements(childrenOf(profiles, 'profiles'), 'profile')) {
        const profileChildren = childrenOf(profile, 'profile');
        const id = textOf(profileChildren, 'id') ?? '';
        for (const dependencies of elements(profileChildren, 'dependencies')) {
          read(childrenOf(dependencies, 'dependencies'), `profile ${id || '(no id)'} dependencies`, hasDevToken(id));
        }
      }
    }
    // The module as a workspace package: a deployed module (its Dockerfile under src/main/docker)
    // pulls in the sibling modules it depends on, and their drivers with them.
    const artifactNode = elements(projectChildren, 'artifactId')[0];
    const artifactId = textOf(projectChildren, 'artifactId');
    if (groupId && artifactId && artifactNode) {
      const refs = signals.filter((s) => s.scope === 'prod').map((s) => ownGroup(s.name));
      signals.push({ kind: 'workspace', name: `${groupId}:${artifactId}`, path, line: lineOf(artifactNode), source: 'maven', detail: `module "${groupId}:${artifactId}"`, refs });
    }
    return signals;
  },
};

/** The child elements named `tag` among `nodes`. */
function elements(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.filter((node) => Array.isArray(node[tag]));
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const children = node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

/** Trimmed text of the first `tag` child, or undefined when missing or empty. */
function textOf(nodes: XmlNode[], tag: string): string | undefined {
  const element = elements(nodes, tag)[0];
  if (!element) return undefined;
  const text = childrenOf(element, tag)
    .map((child) => child['#text'])
    .filter((value) => value !== undefined)
    .join('')
    .trim();
  return text || undefined;
}

/** The validator reports unclosed elements as a printed array; say it plainly. */
function validatorMessage(code: string, message: string): string {
  const unclosed = /^Invalid '\[(.*)\]' found\.$/s.exec(message);
  if (code === 'InvalidXml' && unclosed) {
    const names = unclosed[1]!.split(',').map((name) => name.trim().replace(/^"|"$/g, ''));
    return `unclosed element${names.length > 1 ? 's' : ''} ${names.map((name) => `<${name}>`).join(', ')}`;
  }
  return message.replace(/\s+/g, ' ');
}
