// Setup of the `renderer` (jsdom) test project. Keep each block small and say whose it is.

// --- Layout stubs for virtual lists (TOOLCHAIN pitfall 5): jsdom has no layout, so react-virtual
// would see a 0×0 viewport and render no rows. Give every element a fixed viewport instead.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;
Object.defineProperties(HTMLElement.prototype, {
  clientWidth: { configurable: true, get: () => 1024 },
  clientHeight: { configurable: true, get: () => 640 },
});
