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

// --- IndexedDB (data layer): a global fake so code that opens a book with the default factory runs
// in jsdom. Data-layer tests pass their own `new IDBFactory()` per test for isolation.
import 'fake-indexeddb/auto';
