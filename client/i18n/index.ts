/** Translation: two languages, one switch, every label looked up by key. */
import type { Text } from '../../server/protocol.ts';
import { en, type MessageKey } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { COMMAND_WORDS, STATE_WORDS } from './words.ts';

export type { MessageKey } from './en.ts';
export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en,
  'zh-CN': zhCN,
};

export type Params = Readonly<Record<string, string | number>>;

/** The label for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The current-language half of a bilingual catalog text. */
export function pick(lang: Lang, text: Text | undefined): string {
  if (!text) return '';
  return lang === 'zh-CN' ? text.zh : text.en;
}

/** A state word (RUNNING, AUTO…) in `lang`; unknown states are shown as sent. */
export function stateWord(lang: Lang, state: string): string {
  return pick(lang, STATE_WORDS[state]) || state;
}

/** An equipment command (START…) in `lang`; unknown commands are shown as sent. */
export function commandWord(lang: Lang, command: string): string {
  return pick(lang, COMMAND_WORDS[command]) || command;
}

/** The language to start in: `?lang=`, then the last choice, then the browser's language. */
export function initialLang(query: string, stored: string | null, browser: readonly string[]): Lang {
  const asked = new URLSearchParams(query).get('lang');
  for (const candidate of [asked, stored]) {
    if (candidate === 'en' || candidate === 'zh-CN') return candidate;
    if (candidate === 'zh') return 'zh-CN';
  }
  return browser[0]?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
