import { mount } from 'svelte';
import App from './App.svelte';
import { initialLang } from './i18n/index.ts';
import { LANG_STORAGE_KEY } from './state/lang.svelte.ts';
import { ConsoleState } from './state/console.svelte.ts';
import './app.css';

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage blocked: fall back to the URL and the browser language
  }
}

const state = new ConsoleState(initialLang(location.search, storedLang(), navigator.languages));
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { state } });
state.conn.start();
void state.alarms.loadConfig();
