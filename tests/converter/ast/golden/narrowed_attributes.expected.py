# Parameters MindSpore names otherwise, where a branch has checked the layer: every access is renamed
# (BatchNorm weight/bias/running stats -> gamma/beta/moving_mean/moving_variance, Embedding weight -> embedding_table);
# classes that disagree are reported.
from mindspore import nn
from mindspore.common import initializer as init


def init_weights(m):
    classname = m.__class__.__name__
    if classname.find('BatchNorm') != -1:
        m.gamma.data.normal_(1.0, 0.02)
        m.beta.data.fill_(0)
        m.moving_mean.zero_()


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, pad_mode='valid', has_bias=True)
        self.bn = nn.BatchNorm2d(8)
        self.emb = nn.Embedding(10, 4)
        self.fc = nn.Dense(8, 2)
        for m in (cell for _, cell in self.cells_and_names()):
            if isinstance(m, nn.Conv2d):
                m.weight.set_data(init.initializer(init.HeNormal(mode="fan_out", nonlinearity="relu"), m.weight.shape, m.weight.dtype))
            elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
                m.gamma.set_data(init.initializer(init.Constant(1), m.gamma.shape, m.gamma.dtype))
                m.beta.data.zero_()
            elif isinstance(m, nn.Embedding):
                m.embedding_table.data.uniform_(-0.1, 0.1)
            elif isinstance(m, (nn.BatchNorm2d, nn.Dense)):
                m.weight.set_data(init.initializer(init.Constant(1), m.weight.shape, m.weight.dtype))
        self.bn.moving_mean.zero_()
