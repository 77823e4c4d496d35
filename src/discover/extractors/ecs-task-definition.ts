import type { Node } from 'jsonc-parser';
import { parseJsonWithPositions, property } from '../../util/json.js';
import type { Extractor, Signal } from '../types.js';
import { variableSignals } from './connection-url.js';
import { hasDevToken } from './dev-scope.js';
import { isDevHelperImage, parseImageRef } from './image-ref.js';
import { lowerName } from './paths.js';

/** JSON, and the templates Terraform renders into JSON (`templatefile("task.json.tpl", ...)`). */
const TEMPLATE_ENDINGS = ['.json.tpl', '.json.tftpl', '.json.tmpl', '.json.j2'];
const isJsonName = (name: string): boolean => name.endsWith('.json') || TEMPLATE_ENDINGS.some((ending) => name.endsWith(ending));

/** Words of a file or folder name that say "ECS container definitions" (`ecs_task/`, `taskdef.json`, `container-definitions.json.tpl`). */
const TASK_WORDS = new Set(['ecs', 'task', 'tasks', 'taskdef', 'taskdefinition', 'container', 'containers']);

export function isEcsTaskDefinitionCandidate(path: string): boolean {
  const name = lowerName(path);
  if (!isJsonName(name) || path.startsWith('.github/')) return false;
  return path.toLowerCase().split('/').some((part) => part.split(/[._-]+/).some((word) => TASK_WORDS.has(word)));
}

/**
 * Amazon ECS container definitions, as a task definition (`{"containerDefinitions": [...]}`) or
 * the bare list Terraform's `container_definitions` takes, often a template. Each container's
 * image, and the names of its `environment` and `secrets`: the settings the running service is
 * given. Values are read only from `environment` (a secret's value is an ARN, never shown).
 */
export const ecsTaskDefinition: Extractor = {
  id: 'ecs',
  claimsName: isJsonName,
  matches: isEcsTaskDefinitionCandidate,
  extract({ path, text, warn }) {
    // Cheap test first: every container definition names an image.
    if (!text.includes('"image"')) return [];
    const template = !lowerName(path).endsWith('.json');
    // A template is JSON only once rendered (`"cpu": ${cpu}`): what parses is read, quietly.
    const { root, lineOf } = parseJsonWithPositions(text, template ? () => undefined : warn);
    const list = root?.type === 'array' ? root : property(root, 'containerDefinitions');
    if (!list || list.type !== 'array') return [];
    const scope = hasDevToken(path) ? 'dev' : 'prod';
    const signals: Signal[] = [];
    for (const container of list.children ?? []) {
      const imageNode = property(container, 'image');
      if (typeof imageNode?.value !== 'string') continue; // not a container definition
      const containerName = stringOf(property(container, 'name')) ?? '?';
      const context = `container "${containerName}"`;
      const image = imageNode.value.includes('${') ? undefined : parseImageRef(imageNode.value);
      const containerScope = scope === 'dev' || (image !== undefined && isDevHelperImage(image.repository)) ? 'dev' : 'prod';
      if (image) {
        signals.push({
          kind: 'image',
          name: image.repository,
          path,
          line: lineOf(imageNode),
          source: 'ecs',
          detail: `${context} image ${image.repository}${image.tag ? `:${image.tag}` : ''}`,
          ...(image.tag ? { version: image.tag } : {}),
          scope: containerScope,
          facts: { container: containerName, image: image.repository },
        });
      }
      for (const section of ['environment', 'secrets']) {
        for (const variable of property(container, section)?.children ?? []) {
          const nameNode = property(variable, 'name');
          const name = stringOf(nameNode);
          if (!nameNode || !name) continue;
          const value = section === 'environment' ? stringOf(property(variable, 'value')) : undefined;
          for (const signal of variableSignals(name, value, { path, line: lineOf(nameNode), source: 'ecs', context: `${context} ${section}`, scope: containerScope })) {
            signals.push({ ...signal, facts: { container: containerName, variable: name } });
          }
        }
      }
    }
    return signals;
  },
};

function stringOf(node: Node | undefined): string | undefined {
  return typeof node?.value === 'string' ? node.value : undefined;
}

