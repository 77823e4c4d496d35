/** Pull-request diff engine: which revisions to compare, getting them, and what the diff changed. */
export { resolveDiffTarget, isZeroSha, type DiffTarget, type DiffOverrides } from './event.js';
export { ensureRevisions, hasCommit, resolveRevision, RevisionError, DEEPEN_CAP, DEEPEN_START, type Revisions, type RevisionOptions } from './fetch.js';
export { changedFiles, changedPaths, parseNameStatus, type ChangedFile, type ChangeStatus } from './changed.js';
export { GitRevisionSource } from './revision-source.js';
export { diffDependencies, classifyChanges, lookUpServices, type DiffOptions, type DiffResult } from './dependencies.js';
export { listTree } from './tree.js';
