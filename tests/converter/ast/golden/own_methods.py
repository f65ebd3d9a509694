import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(8, 8, batch_first=True)

    def step(self, token, hidden):
        return self.rnn(token, hidden)

    def greedy(self, token, hidden):
        out, hidden = self.step(token, hidden)
        return out.view(-1)

    def train(self, mode=True):
        return super().train(mode)


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
out, h = decoder.step(torch.zeros(1, 1, 8), None)
decoder.train()
schedule = Warmup(torch.optim.SGD(decoder.parameters(), lr=0.1))
schedule.zero_grad()
schedule.step()
