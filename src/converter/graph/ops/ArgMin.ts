import { argMapper } from './ArgMax';

export const ArgMin = argMapper('ArgMin', 'ops.argmin', ['axis', 'keepdims']);
