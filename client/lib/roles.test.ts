import { describe, expect, it } from 'vitest';
import { ROLES } from '../../server/protocol.ts';
import { canWriteProcess, isLoggedIn } from './roles.ts';

describe('roles', () => {
  it('lets only operators, supervisors and instructors write to the process', () => {
    expect(ROLES.filter(canWriteProcess)).toEqual(['operator', 'supervisor', 'instructor']);
  });

  it('treats every role but visitor as logged in', () => {
    expect(ROLES.filter(isLoggedIn)).not.toContain('visitor');
    expect(ROLES.filter(isLoggedIn)).toHaveLength(ROLES.length - 1);
  });
});
