import { buildDemoDataset } from './demo';
import { buildScaleDataset } from './scale';
import type { Dataset } from '../core/types';

export { buildDemoDataset, DEMO_BASE_MS, PUSHED_CONTACT_TYPE } from './demo';
export { buildScaleDataset, MAX_SCALE } from './scale';

/** The dataset `--seed demo` loads: the demo firm, or `scale` generated records per system. */
export function buildSeed(options: { scale?: number } = {}): Dataset {
  return options.scale ? buildScaleDataset(options.scale) : buildDemoDataset();
}
