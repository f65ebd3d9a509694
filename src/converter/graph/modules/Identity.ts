import { ModuleMapper } from './types';

/** torch.nn.Identity (and modules that are the identity in eval mode) export no node. */
export const Identity: ModuleMapper = {
  torchClasses: ['Identity'],
  fromTree: () => ({ cls: 'nn.Identity', args: [], params: [], api: 'nn.Identity' })
};
