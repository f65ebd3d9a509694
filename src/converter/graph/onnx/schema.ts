/**
 * The ONNX file format (ModelProto and the messages it contains) as a
 * protobufjs reflection root, written from the format's documented facts:
 * message names, field numbers and wire types. Field names are camelCase (the
 * property names of decoded messages). Fields that graph mode never reads are
 * still declared when they hold nested messages, so that decoding stays exact.
 */
import * as protobuf from 'protobufjs/light';

type Fields = Record<string, { type: string; id: number; rule?: 'repeated'; options?: { packed: boolean } }>;

const repeated = (type: string, id: number) => ({ type, id, rule: 'repeated' as const });
const packed = (type: string, id: number) => ({ type, id, rule: 'repeated' as const, options: { packed: true } });

const messages: Record<string, Fields> = {
  OperatorSetIdProto: { domain: { type: 'string', id: 1 }, version: { type: 'int64', id: 2 } },
  StringStringEntryProto: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } },
  ModelProto: {
    irVersion: { type: 'int64', id: 1 },
    producerName: { type: 'string', id: 2 },
    producerVersion: { type: 'string', id: 3 },
    domain: { type: 'string', id: 4 },
    modelVersion: { type: 'int64', id: 5 },
    docString: { type: 'string', id: 6 },
    graph: { type: 'GraphProto', id: 7 },
    opsetImport: repeated('OperatorSetIdProto', 8),
    metadataProps: repeated('StringStringEntryProto', 14),
    trainingInfo: repeated('TrainingInfoProto', 20),
    functions: repeated('FunctionProto', 25)
  },
  GraphProto: {
    node: repeated('NodeProto', 1),
    name: { type: 'string', id: 2 },
    initializer: repeated('TensorProto', 5),
    docString: { type: 'string', id: 10 },
    input: repeated('ValueInfoProto', 11),
    output: repeated('ValueInfoProto', 12),
    valueInfo: repeated('ValueInfoProto', 13),
    quantizationAnnotation: repeated('TensorAnnotation', 14),
    sparseInitializer: repeated('SparseTensorProto', 15)
  },
  NodeProto: {
    input: repeated('string', 1),
    output: repeated('string', 2),
    name: { type: 'string', id: 3 },
    opType: { type: 'string', id: 4 },
    attribute: repeated('AttributeProto', 5),
    docString: { type: 'string', id: 6 },
    domain: { type: 'string', id: 7 },
    overload: { type: 'string', id: 8 },
    metadataProps: repeated('StringStringEntryProto', 9)
  },
  AttributeProto: {
    name: { type: 'string', id: 1 },
    f: { type: 'float', id: 2 },
    i: { type: 'int64', id: 3 },
    s: { type: 'bytes', id: 4 },
    t: { type: 'TensorProto', id: 5 },
    g: { type: 'GraphProto', id: 6 },
    floats: repeated('float', 7),
    ints: repeated('int64', 8),
    strings: repeated('bytes', 9),
    tensors: repeated('TensorProto', 10),
    graphs: repeated('GraphProto', 11),
    docString: { type: 'string', id: 13 },
    tp: { type: 'TypeProto', id: 14 },
    typeProtos: repeated('TypeProto', 15),
    type: { type: 'int32', id: 20 },
    refAttrName: { type: 'string', id: 21 },
    sparseTensor: { type: 'SparseTensorProto', id: 22 },
    sparseTensors: repeated('SparseTensorProto', 23)
  },
  ValueInfoProto: {
    name: { type: 'string', id: 1 },
    type: { type: 'TypeProto', id: 2 },
    docString: { type: 'string', id: 3 },
    metadataProps: repeated('StringStringEntryProto', 4)
  },
  TypeProto: {
    tensorType: { type: 'TypeTensor', id: 1 },
    sequenceType: { type: 'TypeSequence', id: 4 },
    mapType: { type: 'TypeMap', id: 5 },
    denotation: { type: 'string', id: 6 },
    sparseTensorType: { type: 'TypeTensor', id: 8 },
    optionalType: { type: 'TypeSequence', id: 9 }
  },
  // TypeProto.Tensor and TypeProto.SparseTensor share this layout; so do Sequence and Optional.
  TypeTensor: { elemType: { type: 'int32', id: 1 }, shape: { type: 'TensorShapeProto', id: 2 } },
  TypeSequence: { elemType: { type: 'TypeProto', id: 1 } },
  TypeMap: { keyType: { type: 'int32', id: 1 }, valueType: { type: 'TypeProto', id: 2 } },
  TensorShapeProto: { dim: repeated('Dimension', 1) },
  Dimension: {
    dimValue: { type: 'int64', id: 1 },
    dimParam: { type: 'string', id: 2 },
    denotation: { type: 'string', id: 3 }
  },
  TensorProto: {
    dims: repeated('int64', 1),
    dataType: { type: 'int32', id: 2 },
    segment: { type: 'Segment', id: 3 },
    floatData: packed('float', 4),
    int32Data: packed('int32', 5),
    stringData: repeated('bytes', 6),
    int64Data: packed('int64', 7),
    name: { type: 'string', id: 8 },
    rawData: { type: 'bytes', id: 9 },
    doubleData: packed('double', 10),
    uint64Data: packed('uint64', 11),
    docString: { type: 'string', id: 12 },
    externalData: repeated('StringStringEntryProto', 13),
    dataLocation: { type: 'int32', id: 14 },
    metadataProps: repeated('StringStringEntryProto', 16)
  },
  Segment: { begin: { type: 'int64', id: 1 }, end: { type: 'int64', id: 2 } },
  SparseTensorProto: {
    values: { type: 'TensorProto', id: 1 },
    indices: { type: 'TensorProto', id: 2 },
    dims: repeated('int64', 3)
  },
  TensorAnnotation: {
    tensorName: { type: 'string', id: 1 },
    quantParameterTensorNames: repeated('StringStringEntryProto', 2)
  },
  TrainingInfoProto: {
    initialization: { type: 'GraphProto', id: 1 },
    algorithm: { type: 'GraphProto', id: 2 },
    initializationBinding: repeated('StringStringEntryProto', 3),
    updateBinding: repeated('StringStringEntryProto', 4)
  },
  FunctionProto: {
    name: { type: 'string', id: 1 },
    input: repeated('string', 4),
    output: repeated('string', 5),
    attribute: repeated('string', 6),
    node: repeated('NodeProto', 7),
    docString: { type: 'string', id: 8 },
    opsetImport: repeated('OperatorSetIdProto', 9),
    domain: { type: 'string', id: 10 },
    attributeProto: repeated('AttributeProto', 11),
    valueInfo: repeated('ValueInfoProto', 12),
    overload: { type: 'string', id: 13 },
    metadataProps: repeated('StringStringEntryProto', 14)
  }
};

/** AttributeProto.type values. */
export const enum AttributeType {
  Undefined = 0,
  Float = 1,
  Int = 2,
  String = 3,
  Tensor = 4,
  Graph = 5,
  Floats = 6,
  Ints = 7,
  Strings = 8,
  Tensors = 9,
  Graphs = 10,
  SparseTensor = 11,
  SparseTensors = 12,
  TypeProto = 13,
  TypeProtos = 14
}

/** TensorProto.data_location: EXTERNAL means the bytes live in another file. */
export const DATA_LOCATION_EXTERNAL = 1;

const nested: Record<string, { fields: Fields }> = {};
for (const [name, fields] of Object.entries(messages)) {
  nested[name] = { fields };
}

export const onnxRoot = protobuf.Root.fromJSON({ nested });
export const ModelProtoType = onnxRoot.lookupType('ModelProto');
export const TensorProtoType = onnxRoot.lookupType('TensorProto');
