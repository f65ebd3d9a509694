/** jsdom lacks DragEvent, which @lumino/dragdrop reads when it is imported; a plain MouseEvent subclass is enough. */
if (typeof window !== 'undefined' && typeof (window as any).DragEvent === 'undefined') {
  (window as any).DragEvent = class DragEvent extends MouseEvent {};
  (globalThis as any).DragEvent = (window as any).DragEvent;
}
export {};
