/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow; an inert one is enough here. */
class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    value: InertResizeObserver,
    writable: true,
    configurable: true,
  });
}
