/** Pull-request diff engine: which revisions to compare, getting them, and what the diff changed. */
export { resolveDiffTarget, isZeroSha, type DiffTarget, type DiffOverrides } from './event.js';
export { ensureRevisions, hasCommit, RevisionError, DEEPEN_CAP, DEEPEN_START, type Revisions, type RevisionOptions } from './fetch.js';
export { changedFiles, changedPaths, parseNameStatus, type ChangedFile, type ChangeStatus } from './changed.js';
export { GitRevisionSource } from './revision-source.js';
export { diffDependencies, classifyChanges, type DiffOptions, type DiffResult } from './dependencies.js';
