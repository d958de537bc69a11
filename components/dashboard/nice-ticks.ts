/**
 * Round axis ticks from 0 that cover `max`: steps of 1, 2 or 5 × 10ⁿ, at most `maxTicks` intervals,
 * so every label is exact (0, 2 000, 4 000, 6 000) and the highest bar stays under the top tick.
 */
export function niceTicks(max: number, maxTicks = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough)!;
  const intervals = Math.ceil(max / step - 1e-9);
  return Array.from({ length: intervals + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}
