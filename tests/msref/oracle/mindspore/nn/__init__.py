"""msref (test instrument, NOT MindSpore): ``mindspore.nn`` (cells, layers, losses, optimizers)."""
from .cell import Cell
from .container import CellDict, CellList, SequentialCell
from .layer.activation import (CELU, ELU, GELU, GLU, LRN, FastGelu, Hardtanh, HShrink, HSigmoid, HSwish,  # noqa: F401
                               LeakyReLU, LogSigmoid, LogSoftmax, Mish, PReLU, ReLU, ReLU6, RReLU, SeLU, Sigmoid,
                               SiLU, Softmax, Softmax2d, Softmin, Softsign, SoftShrink, Tanh, Tanhshrink, Threshold,
                               get_activation)
from .layer.basic import (ChannelShuffle, Dense, Dropout, Dropout1d, Dropout2d, Dropout3d, DropoutExt,  # noqa: F401
                          Flatten, Identity, L1Regularizer, Linear, Pad, PixelShuffle, PixelUnshuffle, Unflatten,
                          Upsample)
from .layer.conv import Conv1d, Conv1dTranspose, Conv2d, Conv2dTranspose, Conv3d, Conv3dTranspose  # noqa: F401
from .layer.embedding import Embedding, EmbeddingExt  # noqa: F401
from .layer.normalization import (BatchNorm1d, BatchNorm2d, BatchNorm3d, GroupNorm, InstanceNorm1d,  # noqa: F401
                                  InstanceNorm2d, InstanceNorm3d, LayerNorm)
from .layer.padding import (ConstantPad1d, ConstantPad2d, ConstantPad3d, ReflectionPad1d,  # noqa: F401
                            ReflectionPad2d, ReflectionPad3d, ReplicationPad1d, ReplicationPad2d, ReplicationPad3d,
                            ZeroPad2d)
from .layer.pooling import (AdaptiveAvgPool1d, AdaptiveAvgPool2d, AdaptiveAvgPool3d, AdaptiveMaxPool1d,  # noqa: F401
                            AdaptiveMaxPool2d, AdaptiveMaxPool3d, AvgPool1d, AvgPool1dExt, AvgPool2d, AvgPool2dExt,
                            AvgPool3d, AvgPool3dExt, LPPool1d, LPPool2d, MaxPool1d, MaxPool2d, MaxPool2dExt,
                            MaxPool3d, MaxUnpool1d, MaxUnpool2d, MaxUnpool3d)
from .layer.rnns import GRU, LSTM, RNN, GRUCell, LSTMCell, RNNCell  # noqa: F401
from .layer.transformer import (MultiheadAttention, TransformerDecoder, TransformerDecoderLayer,  # noqa: F401
                                TransformerEncoder, TransformerEncoderLayer)
from .loss import (BCELoss, BCEWithLogitsLoss, CosineEmbeddingLoss, CrossEntropyLoss, DiceLoss,  # noqa: F401
                   FocalLoss, GaussianNLLLoss, HingeEmbeddingLoss, HuberLoss, KLDivLoss, L1Loss, LossBase, MAELoss,
                   MarginRankingLoss, MSELoss, MultilabelMarginLoss, MultiLabelSoftMarginLoss, MultiMarginLoss,
                   NLLLoss, PoissonNLLLoss, RMSELoss, SmoothL1Loss, SoftMarginLoss, SoftmaxCrossEntropyWithLogits,
                   TripletMarginLoss)
from .optim import SGD, Adam, AdamWeightDecay, Momentum, Optimizer  # noqa: F401
from .wrap import TrainOneStepCell, WithLossCell  # noqa: F401

MSREF_NOTICE = "msref is a test-only reference of MindSpore semantics; it is not MindSpore."
L1LossExt = L1Loss
LayerNormExt = None  # set below to mint's LayerNorm (torch-style), as MindSpore 2.6 does


def _late_bindings():
    """MindSpore 2.6 defines mint.nn's torch-style layers in mindspore.nn under *Ext names."""
    from .. import mint
    names = {"LayerNormExt": "LayerNorm", "LogSoftmaxExt": "LogSoftmax", "SoftmaxExt": "Softmax",
             "PReLUExt": "PReLU", "UpsampleExt": "Upsample", "UpsamplingNearest2d": "UpsamplingNearest2d",
             "UpsamplingBilinear2d": "UpsamplingBilinear2d"}
    for ms_name, mint_name in names.items():
        globals()[ms_name] = getattr(mint.nn, mint_name)
