/** The console language: one switch changes every label at once. */
import type { Text } from '../../server/protocol.ts';
import { commandWord, pick, stateWord, translate, type Lang, type MessageKey, type Params } from '../i18n/index.ts';

export const LANG_STORAGE_KEY = 'zhongkong.lang';

export class LangState {
  current = $state<Lang>('en');

  constructor(initial: Lang) {
    this.current = initial;
  }

  /** A label in the current language. */
  t = (key: MessageKey, params?: Params): string => translate(this.current, key, params);
  /** The current-language half of a catalog text. */
  pick = (text: Text | undefined): string => pick(this.current, text);
  /** A discrete state (RUNNING, AUTO…) in the current language. */
  state = (s: string | undefined): string => (s === undefined ? '' : stateWord(this.current, s));
  /** An equipment command (START…) in the current language. */
  command = (c: string): string => commandWord(this.current, c);

  toggle(): void {
    this.current = this.current === 'en' ? 'zh-CN' : 'en';
    try {
      localStorage.setItem(LANG_STORAGE_KEY, this.current);
    } catch (err) {
      console.warn('could not remember the language', err);
    }
  }
}
