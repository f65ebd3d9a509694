from mindspore import nn
from mindspore import ops


class Decoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(8, 8, batch_first=True)

    def step(self, token, hidden):
        return self.rnn(token, hidden)

    def greedy(self, token, hidden):
        out, hidden = self.step(token, hidden)
        return out.view(-1)

    def train(self, mode=True):
        return super().set_train(mode)


class Warmup:
    def __init__(self, optimizer):
        self.optimizer = optimizer

    def step(self):
        self.optimizer.step()

    def zero_grad(self):
        self.optimizer.zero_grad()


def decode(model: Decoder, token, hidden):
    return model.step(token, hidden)


decoder = Decoder()
out, h = decoder.step(ops.zeros((1, 1, 8)), None)
decoder.set_train()
schedule = Warmup(nn.SGD(decoder.trainable_params(), learning_rate=0.1))
schedule.zero_grad()
schedule.step()
