"""msref (test instrument, NOT MindSpore): a minimal protobuf wire-format reader/writer for .ckpt files.

Only what checkpoint.proto needs: varints, length-delimited fields, packed and unpacked repeated
int64. Written for the tests; no dependency on the protobuf package.
"""


def read_varint(data, pos):
    result = shift = 0
    while True:
        if pos >= len(data):
            raise ValueError("truncated varint in checkpoint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def fields(data):
    """Yield (field_number, wire_type, value) over a serialized message."""
    pos = 0
    while pos < len(data):
        key, pos = read_varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = read_varint(data, pos)
        elif wire == 2:
            length, pos = read_varint(data, pos)
            if pos + length > len(data):
                raise ValueError("truncated length-delimited field in checkpoint")
            value, pos = data[pos:pos + length], pos + length
        elif wire == 1:
            value, pos = data[pos:pos + 8], pos + 8
        elif wire == 5:
            value, pos = data[pos:pos + 4], pos + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire} in checkpoint")
        yield number, wire, value


def to_int64(value):
    return value - (1 << 64) if value >= (1 << 63) else value


def unpack_varints(data):
    pos, out = 0, []
    while pos < len(data):
        value, pos = read_varint(data, pos)
        out.append(to_int64(value))
    return out


def write_varint(value):
    if value < 0:
        value += 1 << 64
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field_bytes(number, payload):
    return write_varint((number << 3) | 2) + write_varint(len(payload)) + payload


def field_varint(number, value):
    return write_varint(number << 3) + write_varint(value)
