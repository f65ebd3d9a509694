/** Every module mapper, listed explicitly; keyed by torch class name (a class registered twice throws). */
import { Activation } from './activations';
import { Dropout } from './Dropout';
import { Embedding } from './Embedding';
import { Identity } from './Identity';
import { LayerNorm } from './LayerNorm';
import { Linear } from './Linear';
import { RecurrentLayer } from './RecurrentLayer';
import { ModuleMapper } from './types';

export const MODULE_MAPPERS: readonly ModuleMapper[] = [Activation, Dropout, Embedding, Identity, LayerNorm, Linear, RecurrentLayer];

export function moduleRegistry(mappers: readonly ModuleMapper[] = MODULE_MAPPERS): Map<string, ModuleMapper> {
  const byClass = new Map<string, ModuleMapper>();
  for (const mapper of mappers) {
    for (const torchClass of mapper.torchClasses) {
      if (byClass.has(torchClass)) throw new Error(`module mapper for ${torchClass} is already registered`);
      byClass.set(torchClass, mapper);
    }
  }
  return byClass;
}
