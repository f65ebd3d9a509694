from mindspore import nn


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 2)

    def init_hidden(self, bsz):
        weight = next(self.get_parameters())
        return weight.new_zeros(bsz, 2)


model = Model()
n_params = sum(p.numel() for p in model.get_parameters())
own = [p for p in model.get_parameters(expand=False)]
opt = nn.SGD(model.trainable_params(), learning_rate=0.1)
groups = nn.Adam([{'params': model.fc.trainable_params(), 'lr': 1e-3}])
