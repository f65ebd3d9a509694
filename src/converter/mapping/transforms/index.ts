/**
 * The registry of named value transforms. Mapping entries refer to these
 * names (`"transforms": {"momentum": "oneMinus"}`); the schema test checks
 * every name used in mappings/ against this list. Nothing registers itself.
 */
import { convPadding1d, convPadding2d, convPadding3d } from './convPadding';
import { dropNone } from './dropNone';
import { geluApproximate } from './geluApproximate';
import { layerNormShape } from './layerNormShape';
import { explicitClassCount } from './explicitClassCount';
import { fillValueDtype } from './fillValueDtype';
import { notNone } from './notNone';
import { oneMinus } from './oneMinus';
import { padModeArg, poolPadding } from './poolPadding';
import { recomputeScaleFactor } from './recomputeScaleFactor';
import { scaleFactorRecompute } from './scaleFactorRecompute';
import { splitBetas } from './splitBetas';
import { symmetricScale } from './symmetricScale';
import { trackRunningStats } from './trackRunningStats';
import type { ValueTransform } from './types';
import { varargsToTuple } from './varargsToTuple';
import { zerosPaddingModeOnly } from './zerosPaddingModeOnly';

export const TRANSFORMS = {
  convPadding1d,
  convPadding2d,
  convPadding3d,
  dropNone,
  explicitClassCount,
  fillValueDtype,
  geluApproximate,
  layerNormShape,
  notNone,
  oneMinus,
  padModeArg,
  poolPadding,
  recomputeScaleFactor,
  scaleFactorRecompute,
  splitBetas,
  symmetricScale,
  trackRunningStats,
  varargsToTuple,
  zerosPaddingModeOnly
} satisfies Record<string, ValueTransform>;

export type TransformName = keyof typeof TRANSFORMS;

export function isTransformName(name: string): name is TransformName {
  return Object.prototype.hasOwnProperty.call(TRANSFORMS, name);
}

export * from './types';
