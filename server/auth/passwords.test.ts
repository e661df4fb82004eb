import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('scrypt passwords', () => {
  it('verifies the right password only, with a fresh salt each time', () => {
    const a = hashPassword('operator');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(hashPassword('operator'));
    expect(verifyPassword('operator', a)).toBe(true);
    expect(verifyPassword('Operator', a)).toBe(false);
    expect(verifyPassword('operator', 'plain-text')).toBe(false);
  });
});
