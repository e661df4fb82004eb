/** BAD_PV: active while the measurement's quality is bad (sensor failure, signal out of range, link lost). */
export function badPvCondition(quality: 'good' | 'uncertain' | 'bad'): boolean {
  return quality === 'bad';
}
