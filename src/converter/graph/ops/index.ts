/**
 * Every ONNX op mapper, listed explicitly (nothing registers itself on
 * import). tests/converter/graph/ops/registry.test.ts checks that each file
 * of this folder is listed here and that each op has a test.
 */
import { OpRegistry } from './registry';
import { OpMapper } from './types';
import { ArgMax } from './ArgMax';
import { ArgMin } from './ArgMin';
import { AveragePool } from './AveragePool';
import { BatchNormalization } from './BatchNormalization';
import { Bernoulli } from './Bernoulli';
import { BitShift } from './BitShift';
import { Cast } from './Cast';
import { CastLike } from './CastLike';
import { Celu } from './Celu';
import { Clip } from './Clip';
import { COMPARISON_OPS } from './comparison';
import { Compress } from './Compress';
import { Concat } from './Concat';
import { Constant } from './Constant';
import { ConstantOfShape } from './ConstantOfShape';
import { Conv } from './Conv';
import { ConvTranspose } from './ConvTranspose';
import { CumSum } from './CumSum';
import { DepthToSpace } from './DepthToSpace';
import { DequantizeLinear } from './DequantizeLinear';
import { Det } from './Det';
import { Dropout } from './Dropout';
import { Einsum } from './Einsum';
import { ELEMENTWISE_BINARY } from './elementwiseBinary';
import { ELEMENTWISE_UNARY } from './elementwiseUnary';
import { Elu } from './Elu';
import { Expand } from './Expand';
import { EyeLike } from './EyeLike';
import { Flatten } from './Flatten';
import { Gather } from './Gather';
import { GatherElements } from './GatherElements';
import { GatherND } from './GatherND';
import { Gelu } from './Gelu';
import { Gemm } from './Gemm';
import { GlobalAveragePool } from './GlobalAveragePool';
import { GlobalLpPool } from './GlobalLpPool';
import { GlobalMaxPool } from './GlobalMaxPool';
import { GridSample } from './GridSample';
import { GroupNormalization } from './GroupNormalization';
import { Hardmax } from './Hardmax';
import { HardSigmoid } from './HardSigmoid';
import { HardSwish } from './HardSwish';
import { Identity } from './Identity';
import { InstanceNormalization } from './InstanceNormalization';
import { IsInf } from './IsInf';
import { LayerNormalization } from './LayerNormalization';
import { LeakyRelu } from './LeakyRelu';
import { LOGICAL_OPS } from './logical';
import { LogSoftmax } from './LogSoftmax';
import { LpNormalization } from './LpNormalization';
import { LRN } from './LRN';
import { MatMul } from './MatMul';
import { MaxPool } from './MaxPool';
import { MeanVarianceNormalization } from './MeanVarianceNormalization';
import { Mod } from './Mod';
import { NegativeLogLikelihoodLoss } from './NegativeLogLikelihoodLoss';
import { NonZero } from './NonZero';
import { OneHot } from './OneHot';
import { Pad } from './Pad';
import { PRelu } from './PRelu';
import { QuantizeLinear } from './QuantizeLinear';
import { RANDOM_OPS } from './random';
import { Range } from './Range';
import { RECURRENT_OPS } from './recurrent';
import { REDUCE_OPS } from './reduce';
import { Reshape } from './Reshape';
import { Resize } from './Resize';
import { ReverseSequence } from './ReverseSequence';
import { Scatter, ScatterElements } from './ScatterElements';
import { ScatterND } from './ScatterND';
import { Selu } from './Selu';
import { Shape } from './Shape';
import { Shrink } from './Shrink';
import { Size } from './Size';
import { Slice } from './Slice';
import { Softmax } from './Softmax';
import { SoftmaxCrossEntropyLoss } from './SoftmaxCrossEntropyLoss';
import { Softplus } from './Softplus';
import { SpaceToDepth } from './SpaceToDepth';
import { Split } from './Split';
import { Squeeze } from './Squeeze';
import { ThresholdedRelu } from './ThresholdedRelu';
import { Tile } from './Tile';
import { TopK } from './TopK';
import { Transpose } from './Transpose';
import { Trilu } from './Trilu';
import { Unsqueeze } from './Unsqueeze';
import { Upsample } from './Upsample';
import { VARIADIC_OPS } from './variadic';
import { Where } from './Where';

export const OP_MAPPERS: readonly OpMapper[] = [
  ArgMax,
  ArgMin,
  AveragePool,
  BatchNormalization,
  Bernoulli,
  BitShift,
  Cast,
  CastLike,
  Celu,
  Clip,
  ...COMPARISON_OPS,
  Compress,
  Concat,
  Constant,
  ConstantOfShape,
  Conv,
  ConvTranspose,
  CumSum,
  DepthToSpace,
  DequantizeLinear,
  Det,
  Dropout,
  Einsum,
  ...ELEMENTWISE_BINARY,
  ...ELEMENTWISE_UNARY,
  Elu,
  Expand,
  EyeLike,
  Flatten,
  Gather,
  GatherElements,
  GatherND,
  Gelu,
  Gemm,
  GlobalAveragePool,
  GlobalLpPool,
  GlobalMaxPool,
  GridSample,
  GroupNormalization,
  Hardmax,
  HardSigmoid,
  HardSwish,
  Identity,
  InstanceNormalization,
  IsInf,
  LayerNormalization,
  LeakyRelu,
  ...LOGICAL_OPS,
  LogSoftmax,
  LpNormalization,
  LRN,
  MatMul,
  MaxPool,
  MeanVarianceNormalization,
  Mod,
  NegativeLogLikelihoodLoss,
  NonZero,
  OneHot,
  Pad,
  PRelu,
  QuantizeLinear,
  ...RANDOM_OPS,
  Range,
  ...RECURRENT_OPS,
  ...REDUCE_OPS,
  Reshape,
  Resize,
  ReverseSequence,
  ScatterElements,
  Scatter,
  ScatterND,
  Selu,
  Shape,
  Shrink,
  Size,
  Slice,
  Softmax,
  SoftmaxCrossEntropyLoss,
  Softplus,
  SpaceToDepth,
  Split,
  Squeeze,
  ThresholdedRelu,
  Tile,
  TopK,
  Transpose,
  Trilu,
  Unsqueeze,
  Upsample,
  ...VARIADIC_OPS,
  Where
];

export const defaultRegistry = new OpRegistry(OP_MAPPERS);
