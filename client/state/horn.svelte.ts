/**
 * The horn player: repeats the tone of `priority` while set, silent when null. Browsers allow
 * audio only after a user gesture, so the AudioContext is made (or resumed) on the first click or key.
 */
import type { Priority } from '../../server/alarms/types.ts';
import { beepTimes, HORN_PATTERNS } from '../lib/horn.ts';

export class HornPlayer {
  /** Audio is allowed (a user gesture has happened). */
  enabled = $state(false);
  #ctx: AudioContext | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;
  #priority: Priority | null = null;

  /** Call once; listens for the first gesture. Returns the cleanup. */
  arm(): () => void {
    const unlock = () => {
      try {
        this.#ctx ??= new AudioContext();
        void this.#ctx.resume();
        this.enabled = true;
        this.play(this.#priority);
      } catch (err) {
        console.warn('no audio for the horn', err);
      }
    };
    window.addEventListener('pointerdown', unlock, { once: true });
    window.addEventListener('keydown', unlock, { once: true });
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
      this.play(null);
    };
  }

  /** Sounds `priority`'s pattern, repeating; null stops it. */
  play(priority: Priority | null): void {
    if (this.#timer && priority === this.#priority) return;
    this.#priority = priority;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    if (priority === null || !this.#ctx) return;
    const pattern = HORN_PATTERNS[priority];
    const burst = () => {
      const ctx = this.#ctx!;
      const t0 = ctx.currentTime + 0.02;
      for (const b of beepTimes(pattern)) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = pattern.hz;
        gain.gain.value = 0.15;
        osc.connect(gain).connect(ctx.destination);
        osc.start(t0 + b.on);
        osc.stop(t0 + b.off);
      }
    };
    burst();
    this.#timer = setInterval(burst, pattern.periodS * 1000);
  }
}
