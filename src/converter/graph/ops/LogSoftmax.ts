import { softmaxMapper } from './Softmax';

export const LogSoftmax = softmaxMapper('LogSoftmax', 'ops.log_softmax', 'nn.LogSoftmax');
