/**
 * MindSpore's checkpoint format as a protobufjs reflection root, written
 * from its facts: a Checkpoint is a list of Values (tag = parameter name,
 * tensor = dims + dtype string + raw little-endian bytes). A .ckpt file is a
 * concatenation of serialized Checkpoint messages, which protobuf merges
 * into one list in file order.
 */
import * as protobuf from 'protobufjs/light';

export const checkpointRoot = protobuf.Root.fromJSON({
  nested: {
    Checkpoint: {
      fields: { value: { rule: 'repeated', type: 'CheckpointValue', id: 1 } }
    },
    CheckpointValue: {
      oneofs: { value: { oneof: ['tensor', 'maptensor'] } },
      fields: {
        tag: { rule: 'required', type: 'string', id: 1 },
        tensor: { type: 'CheckpointTensor', id: 2 },
        maptensor: { type: 'CheckpointMapTensor', id: 3 }
      }
    },
    CheckpointTensor: {
      fields: {
        dims: { rule: 'repeated', type: 'int64', id: 1 },
        tensorType: { rule: 'required', type: 'string', id: 2 },
        tensorContent: { rule: 'required', type: 'bytes', id: 3 }
      }
    },
    // TensorProto without its bytes: the writer encodes this and appends field 3 (tensor_content) itself.
    CheckpointTensorHeader: {
      fields: {
        dims: { rule: 'repeated', type: 'int64', id: 1 },
        tensorType: { rule: 'required', type: 'string', id: 2 }
      }
    },
    CheckpointMapTensor: {
      fields: { tensor: { rule: 'repeated', type: 'CheckpointTensor', id: 1 } }
    }
  }
});

export const CheckpointType = checkpointRoot.lookupType('Checkpoint');
export const CheckpointTensorHeaderType = checkpointRoot.lookupType('CheckpointTensorHeader');

/** Field numbers used when framing a tensor's bytes without copying them through protobufjs. */
export const FIELD = { checkpointValue: 1, valueTag: 1, valueTensor: 2, tensorContent: 3 } as const;
