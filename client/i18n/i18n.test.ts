import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../server/errors.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { COMMAND_TARGET, COMMAND_WORDS, STATE_WORDS } from './words.ts';
import { DICTIONARIES, LANGS, commandWord, initialLang, pick, stateWord, translate } from './index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys in both languages', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const lang of LANGS) expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty labels', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(DICTIONARIES[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('really are translated (Chinese labels contain Chinese)', () => {
    const untranslated = Object.entries(zhCN).filter(([, t]) => !/[\u4e00-\u9fff]/.test(t));
    expect(untranslated).toEqual([]);
  });

  it('keep the accessible names the browser tests rely on', () => {
    expect([en['header.login'], zhCN['header.login']]).toEqual(['Log in', '登录']);
    expect([en['header.logout'], zhCN['header.logout']]).toEqual(['Log out', '登出']);
    expect([en['login.user'], zhCN['login.user']]).toEqual(['User name', '用户名']);
    expect([en['login.password'], zhCN['login.password']]).toEqual(['Password', '密码']);
    expect(en['login.submit']).toBe('Log in');
    expect(translate('en', 'faceplate.region', { tag: 'TIC-5301' })).toBe('Faceplate TIC-5301');
    expect(translate('zh-CN', 'faceplate.region', { tag: 'TIC-5301' })).toBe('面板 TIC-5301');
    expect(translate('en', 'faceplate.spLabel', { tag: 'TIC-5301' })).toBe('Setpoint TIC-5301');
    expect(translate('en', 'faceplate.pvLabel', { tag: 'TIC-5301' })).toBe('Process value TIC-5301');
    expect([en['faceplate.spInput'], zhCN['faceplate.spInput']]).toEqual(['New setpoint', '新设定值']);
    expect([en['faceplate.spWrite'], zhCN['faceplate.spWrite']]).toEqual(['Write setpoint', '写入设定值']);
    expect([en['confirm.confirm'], zhCN['confirm.confirm']]).toEqual(['Confirm', '确认']);
    expect([en['confirm.cancel'], zhCN['confirm.cancel']]).toEqual(['Cancel', '取消']);
    expect([en['status.pending'], en['status.confirmed']]).toEqual(['Pending…', 'Confirmed']);
    expect(zhCN['display.modelNote']).toContain('培训模型，非CTP实测数据');
    expect(en['display.modelNote']).toContain('training model, not CTP data');
  });

  it('bilingual word lists and the error catalog are complete', () => {
    for (const table of [STATE_WORDS, COMMAND_WORDS, ERRORS]) {
      for (const [key, text] of Object.entries(table)) {
        expect(text.en.trim(), key).not.toBe('');
        expect(text.zh, key).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    for (const target of Object.values(COMMAND_TARGET)) expect(STATE_WORDS[target]).toBeDefined();
    for (const command of Object.keys(COMMAND_TARGET)) expect(COMMAND_WORDS[command]).toBeDefined();
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('en', 'confirm.question', { what: 'SP', tag: 'TIC-5301' })).toBe('Change SP of TIC-5301?');
    expect(translate('en', 'faceplate.region')).toBe('Faceplate {tag}');
    expect(translate('en', 'faceplate.region', { other: 1 })).toBe('Faceplate {tag}');
  });

  it('picks catalog texts and words', () => {
    expect(pick('zh-CN', { en: 'Agitator', zh: '搅拌器' })).toBe('搅拌器');
    expect(pick('en', undefined)).toBe('');
    expect(stateWord('zh-CN', 'RUNNING')).toBe('运行');
    expect(stateWord('en', 'STOPPED')).toBe('STOPPED');
    expect(stateWord('zh-CN', 'WEIRD')).toBe('WEIRD');
    expect(commandWord('zh-CN', 'START')).toBe('启动');
    expect(commandWord('en', 'PURGE')).toBe('PURGE');
  });

  it('chooses the initial language', () => {
    expect(initialLang('?lang=zh', null, ['en-US'])).toBe('zh-CN');
    expect(initialLang('?lang=en', 'zh-CN', ['zh-CN'])).toBe('en');
    expect(initialLang('', 'zh-CN', ['en-US'])).toBe('zh-CN');
    expect(initialLang('', null, ['zh-TW'])).toBe('zh-CN');
    expect(initialLang('', 'xx', ['en-US'])).toBe('en');
    expect(initialLang('', null, [])).toBe('en');
  });
});
