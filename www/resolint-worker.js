// The resolint Web Worker: checks large drafts off the main thread so typing never stalls.
// Messages in: {type: 'init', module?: WebAssembly.Module} (single-file build only),
// {type: 'validate', id, text, options}. Out: {id, report} or {id, error, panicked}.

let initMessage = null;
let corePromise = null;

function loadCore() {
  // The single-file build prepends the glue as __RESOLINT_MAKE_CORE__ and posts the compiled module.
  if (typeof __RESOLINT_MAKE_CORE__ === 'function') {
    const core = __RESOLINT_MAKE_CORE__(); // eslint-disable-line no-undef
    core.initSync({ module: initMessage && initMessage.module });
    return Promise.resolve(core);
  }
  return import('./resolint_core.js').then(async (core) => {
    await core.default({ module_or_path: new URL('./resolint_core_bg.wasm', import.meta.url) });
    return core;
  });
}

self.onmessage = async (event) => {
  const m = event.data || {};
  if (m.type === 'init') {
    initMessage = m;
    return;
  }
  if (m.type !== 'validate') return;
  try {
    if (!corePromise) corePromise = loadCore();
    const core = await corePromise;
    const report = core.validate(m.text, m.options);
    self.postMessage({ id: m.id, report });
  } catch (err) {
    const panicked = err instanceof WebAssembly.RuntimeError;
    // After a panic this instance is dead; the page replaces the whole worker.
    self.postMessage({ id: m.id, error: String((err && err.message) || err), panicked });
  }
};
