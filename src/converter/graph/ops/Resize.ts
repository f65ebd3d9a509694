import { py } from '../codegen/python';
import { call } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

/** Output size from `sizes` or `scales` (inputs from opset 11, `scales` input at 10, attribute for Upsample). */
export function resizedShape(n: NodeView, scalesInput: number | undefined, sizesInput: number | undefined): number[] {
  const x = n.shape(0);
  if (sizesInput !== undefined && n.has(sizesInput) && n.constant(sizesInput)?.size) {
    const sizes = n.constInts(sizesInput, 'sizes');
    const axes = n.attrs.ints('axes');
    if (axes) {
      const out = x.slice();
      axes.forEach((a, i) => (out[a < 0 ? a + x.length : a] = sizes[i]));
      return out;
    }
    return sizes;
  }
  const scales = scalesInput === undefined ? n.attrs.required(n.attrs.floats('scales'), 'scales') : n.constant(scalesInput)?.toArray();
  if (!scales || scales.length === 0) unsupported('neither constant scales nor sizes');
  if (n.attrs.ints('axes')) unsupported('scales with the axes attribute');
  return x.map((d, i) => Math.floor(d * scales[i]));
}

const MODES: Record<string, Record<number, string>> = {
  nearest: { 3: 'nearest', 4: 'nearest', 5: 'nearest' },
  linear: { 3: 'linear', 4: 'bilinear', 5: 'trilinear' },
  cubic: { 4: 'bicubic' }
};

/** ops.interpolate covers torch's resampling: nearest (floor, asymmetric) and (bi/tri)linear/bicubic with or without align_corners. */
export function interpolate(n: NodeView, out: number[]): ReturnType<typeof call> {
  const x = n.shape(0);
  if (out[0] !== x[0] || out[1] !== x[1]) unsupported('resizing the batch or channel dims');
  const mode = n.attrs.string('mode', 'nearest');
  const target = MODES[mode]?.[x.length];
  if (!target) unsupported(`mode '${mode}' on a rank-${x.length} input`);
  const transform = n.attrs.string('coordinate_transformation_mode', n.node.opType === 'Upsample' ? 'asymmetric' : 'half_pixel');
  let alignCorners: boolean | undefined;
  if (mode === 'nearest') {
    const nearest = n.attrs.string('nearest_mode', 'round_prefer_floor');
    if (transform !== 'asymmetric' || (n.node.opType === 'Resize' && nearest !== 'floor')) unsupported(`nearest with ${transform}/${nearest} (torch's nearest is asymmetric/floor)`);
  } else if (transform === 'align_corners') {
    alignCorners = true;
  } else if (transform === 'half_pixel' || transform === 'pytorch_half_pixel') {
    alignCorners = false;
    if (mode === 'cubic' && Math.abs(n.attrs.float('cubic_coeff_a', -0.75) + 0.75) > 1e-6) unsupported('cubic_coeff_a other than -0.75');
  } else {
    unsupported(`coordinate_transformation_mode '${transform}'`);
  }
  const size = `(${out.slice(2).join(', ')}${out.length === 3 ? ',' : ''})`;
  return call('ops.interpolate', a => [
    a[0].expr,
    ['size', size],
    ['mode', py.str(target)],
    ...(alignCorners === undefined ? [] : [['align_corners', py.bool(alignCorners)] as [string, ReturnType<typeof py.bool>]])
  ]);
}

export const Resize: OpMapper = {
  opType: 'Resize',
  sinceVersions: [10, 11, 13, 18, 19],
  restrictions: "coordinate modes other than torch's (asymmetric nearest, half_pixel/align_corners linear and cubic) are not converted",
  infer: n => [{ dtype: n.dtype(0), shape: n.opset === 10 ? resizedShape(n, 1, undefined) : resizedShape(n, 2, 3) }],
  emit: n => interpolate(n, n.opset === 10 ? resizedShape(n, 1, undefined) : resizedShape(n, 2, 3))
};
