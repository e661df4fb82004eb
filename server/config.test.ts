import { describe, expect, it } from 'vitest';
import { isLoopback, readConfig } from './config.ts';

describe('server configuration', () => {
  it('defaults to loopback with demo accounts on ports 8080/8081', () => {
    expect(readConfig({}, '/app')).toMatchObject({ port: 8080, host: '127.0.0.1', simUrl: 'http://127.0.0.1:8081', demoAccounts: true, dataDir: '/app/data' });
  });

  it('refuses a non-loopback HOST while demo accounts are on, and says what to do', () => {
    const r = readConfig({ HOST: '0.0.0.0' }, '/app');
    expect(r).toHaveProperty('error');
    expect((r as { error: string }).error).toMatch(/DEMO_ACCOUNTS=off/);
    expect((r as { error: string }).error).toMatch(/npm run users -- add/);
    expect(readConfig({ HOST: '0.0.0.0', DEMO_ACCOUNTS: 'off' }, '/app')).toMatchObject({ host: '0.0.0.0', demoAccounts: false });
  });

  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '10.0.0.1', '::', 'example.com']) expect(isLoopback(h)).toBe(false);
  });

  it('rejects bad ports and switches', () => {
    expect(readConfig({ PORT: 'eighty' }, '/app')).toHaveProperty('error');
    expect(readConfig({ SIM_PORT: '70000' }, '/app')).toHaveProperty('error');
    expect(readConfig({ DEMO_ACCOUNTS: 'maybe' }, '/app')).toHaveProperty('error');
  });
});
