/**
 * The registry of structural rewriters, by the names mapping entries use.
 * Typed against REWRITER_NAMES, so a name without an implementation (or an
 * implementation without a name) does not compile. Nothing registers itself.
 */
import { checkpointFiles } from './checkpointFiles';
import { deviceMove } from './deviceMove';
import { gainValue } from './gainValue';
import { initializerCall } from './initializerCall';
import { moduleParameters } from './moduleParameters';
import { modulesToCells } from './modulesToCells';
import { noGradGuard } from './noGradGuard';
import { minMaxOverloads, randintOverloads } from './overloads';
import type { RewriterName } from './names';
import { recurrentCellState } from './recurrentCellState';
import { renamedParameters } from './renamedParameters';
import { tensorSizeToShape } from './tensorSizeToShape';
import { trainingStep } from './trainingStep';
import { typedTensor } from './typedTensor';
import { variableWrap } from './variableWrap';
import type { EntryRewriter } from './types';

export const REWRITERS: Record<RewriterName, EntryRewriter> = {
  checkpointFiles,
  deviceMove,
  gainValue,
  initializerCall,
  minMaxOverloads,
  moduleParameters,
  modulesToCells,
  noGradGuard,
  randintOverloads,
  recurrentCellState,
  renamedParameters,
  tensorSizeToShape,
  trainingStep,
  typedTensor,
  variableWrap
};

export { CallSite, EntryRewriter, SiteResult } from './types';
export { isRewriterName, REWRITER_NAMES, RewriterName } from './names';
