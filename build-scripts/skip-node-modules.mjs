// electron-builder `beforeBuild` hook. main, preload and renderer are self-contained bundles in out/,
// so the packaged app needs no node_modules: answering false tells electron-builder to neither
// install, rebuild nor copy dependencies.
export default async function skipNodeModules() {
  return false;
}
