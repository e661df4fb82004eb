/** The server's wall clock: the only place it reads the time of day. Plant time comes from the simulator. */
export type WallClock = () => number;

export const wallNow: WallClock = () => Date.now();
