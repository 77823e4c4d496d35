import { describe, expect, it } from 'vitest';
import { isZeroSha, resolveDiffTarget } from '../src/diff/event.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);

describe('resolveDiffTarget', () => {
  it('takes base and head sha from a pull_request, never the merge commit', () => {
    const payload = { pull_request: { number: 7, base: { sha: A, ref: 'main' }, head: { sha: B, ref: 'feat' }, merge_commit_sha: 'c'.repeat(40) } };
    expect(resolveDiffTarget('pull_request', payload)).toEqual({
      mode: 'pr', base: A, head: B, baseFrom: 'event', headFrom: 'event', baseBranch: 'main', why: 'pull_request #7: base aaaaaaa, head bbbbbbb',
    });
  });

  it('reads pull_request_target the same way', () => {
    const target = resolveDiffTarget('pull_request_target', { pull_request: { number: 3, base: { sha: A }, head: { sha: B } } });
    expect([target.mode, target.base, target.head]).toEqual(['pr', A, B]);
  });

  it('sweeps when a pull_request payload lacks its shas', () => {
    const target = resolveDiffTarget('pull_request', { pull_request: { number: 3, base: { ref: 'main' } } });
    expect(target.mode).toBe('sweep');
    expect(target.base).toBeUndefined();
    expect(target.why).toContain('no pull_request base and head sha');
  });

  it('takes merge_group base_sha and head_sha', () => {
    expect(resolveDiffTarget('merge_group', { merge_group: { base_sha: A, head_sha: B, head_ref: 'gh-readonly-queue/main/pr-1' } })).toEqual({
      mode: 'pr', base: A, head: B, baseFrom: 'event', headFrom: 'event', why: 'merge_group: base aaaaaaa, head bbbbbbb',
    });
  });

  it('compares push before with after', () => {
    expect(resolveDiffTarget('push', { ref: 'refs/heads/main', before: A, after: B })).toEqual({ mode: 'pr', base: A, head: B, baseFrom: 'event', headFrom: 'event', why: 'push: before aaaaaaa, after bbbbbbb' });
  });

  it('compares a new branch (all-zero before) with the default branch and allows a sweep fallback', () => {
    const target = resolveDiffTarget('push', { ref: 'refs/heads/feat/x', before: ZERO, after: B, repository: { default_branch: 'trunk' } });
    expect(target).toEqual({ mode: 'pr', base: 'trunk', head: B, baseFrom: 'event', headFrom: 'event', sweepIfUnresolvable: true, why: 'push of new branch feat/x: comparing with the default branch trunk' });
  });

  it('sweeps a new default branch, a new tag, a new branch without a known default, and a deleted branch', () => {
    expect(resolveDiffTarget('push', { ref: 'refs/heads/main', before: ZERO, after: B, repository: { default_branch: 'main' } }).mode).toBe('sweep');
    expect(resolveDiffTarget('push', { ref: 'refs/tags/v1', before: ZERO, after: B, repository: { default_branch: 'main' } }).why).toContain('refs/tags/v1');
    expect(resolveDiffTarget('push', { ref: 'refs/heads/x', before: ZERO, after: B }).mode).toBe('sweep');
    expect(resolveDiffTarget('push', { ref: 'refs/heads/x', before: A, after: ZERO, deleted: true }).mode).toBe('sweep');
  });

  it('sweeps on schedule, workflow_dispatch and unknown events', () => {
    for (const name of ['schedule', 'workflow_dispatch', 'issues', '']) {
      const target = resolveDiffTarget(name, {});
      expect(target.mode).toBe('sweep');
      expect(target.base).toBeUndefined();
    }
    expect(resolveDiffTarget('schedule', {}).why).toBe('schedule: no base to compare with; checking the whole repository');
  });

  it('says where base and head came from, so a mistyped input is an error and an event base may fall back', () => {
    const pr = { pull_request: { number: 1, base: { sha: A, ref: 'main' }, head: { sha: B } } };
    expect(resolveDiffTarget('pull_request', pr, { baseRef: 'mian' })).toMatchObject({ base: 'mian', baseFrom: 'input', head: B, headFrom: 'event' });
    expect(resolveDiffTarget('pull_request', pr, { headRef: 'feture' })).toMatchObject({ base: A, baseFrom: 'event', head: 'feture', headFrom: 'input', baseBranch: 'main' });
    expect(resolveDiffTarget('workflow_dispatch', {}, { baseRef: 'main' })).toMatchObject({ base: 'main', baseFrom: 'input', head: 'HEAD', headFrom: 'checkout' });
    expect(resolveDiffTarget('merge_group', { merge_group: { base_sha: A, head_sha: B, base_ref: 'refs/heads/trunk' } })).toMatchObject({ baseBranch: 'trunk' });
  });

  it('lets base-ref and head-ref win over the event', () => {
    const pr = { pull_request: { number: 1, base: { sha: A }, head: { sha: B } } };
    expect(resolveDiffTarget('pull_request', pr, { baseRef: 'origin/release', headRef: 'HEAD' })).toMatchObject({ mode: 'pr', base: 'origin/release', head: 'HEAD' });
    // base-ref alone keeps the event's head
    expect(resolveDiffTarget('pull_request', pr, { baseRef: 'main' })).toMatchObject({ mode: 'pr', base: 'main', head: B });
    // a dispatch with base-ref compares with the checked-out commit
    expect(resolveDiffTarget('workflow_dispatch', {}, { baseRef: 'main', headRef: '' })).toMatchObject({ mode: 'pr', base: 'main', head: 'HEAD' });
    // head-ref alone replaces the head of a PR, and is ignored with no base
    expect(resolveDiffTarget('pull_request', pr, { headRef: 'feat' })).toMatchObject({ mode: 'pr', base: A, head: 'feat' });
    const sweep = resolveDiffTarget('schedule', {}, { headRef: 'feat' });
    expect(sweep.mode).toBe('sweep');
    expect(sweep.why).toContain('head-ref input ignored');
    // empty inputs (how the runner passes unset ones) change nothing
    expect(resolveDiffTarget('pull_request', pr, { baseRef: ' ', headRef: '' })).toEqual(resolveDiffTarget('pull_request', pr));
  });

  it('knows zero shas of both object formats and nothing else', () => {
    expect(isZeroSha(ZERO)).toBe(true);
    expect(isZeroSha('0'.repeat(64))).toBe(true);
    expect(isZeroSha('0'.repeat(7))).toBe(false);
    expect(isZeroSha(A)).toBe(false);
  });
});
