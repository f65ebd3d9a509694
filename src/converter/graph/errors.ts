/** Bad input to graph mode (not an ONNX model, inconsistent tensors, missing data): the message says what and where. */
export class GraphError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphError';
  }
}
