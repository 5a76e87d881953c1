// Injected by benchtable into every new document of the page under test
// (Page.addScriptToEvaluateOnNewDocument), before any script of the page.
// BENCH_CONFIG is prepended: {figure, lever, target, attr, probeEvery,
// probeBase, editBase, quiet, editTimeout}. It records, in
// window.__bench, with performance.now() (milliseconds since navigation
// start):
//
//   fcp            the first-contentful-paint entry's startTime
//   figureInserted when the parser had inserted the first [figure] element
//                  (the mutation observer's callback that first finds it)
//   figureRender   when that element's text was first painted: the Element
//                  Timing entry's renderTime of the nearest block ancestor
//                  Chromium aggregates its text into (the element, its
//                  parent and its grandparent are tagged elementtiming as
//                  soon as the parser has inserted it, before any paint)
//   clearAtFcp, clearAtRender
//                  whether, in the paint entry's and the element entry's
//                  observer callback (right after that paint), the figure's
//                  centre hit-tests to the figure itself: on screen and not
//                  covered (go-app's loader covers a page until WebAssembly
//                  runs, unless the page's style says otherwise)
//   firstClear     the first such hit, checked at the first paint's callback
//                  then at every animation frame callback (just before that
//                  frame paints) until one hits
//   instantiated   WebAssembly.instantiateStreaming's promise resolved
//                  (app.wasm fetched, compiled, instantiated)
//   loaderRemoved  go-app's loader left the document: app.js removes it
//                  right after go.run() returns from Go's main, which has
//                  mounted the page by then
//   interactive    the first time [target] (its attr, or its text when attr
//                  is "") differs from what the parsed page held. Probes
//                  give the [lever] field a new value and an input event,
//                  as a user's typing would: every probeEvery ms from
//                  DOMContentLoaded until the page answers, and one at
//                  once when the loader goes (go.run() has returned)
//
// benchtable works "figures visible" out of these (main.go, figureTimes),
// and times the edits with window.__benchEdits(n, warm), defined below.
(() => {
  if (window !== window.top) return;
  const cfg = BENCH_CONFIG;
  const now = () => performance.now();
  const B = (window.__bench = {
    fcp: null,
    clearAtFcp: null,
    figureInserted: null,
    figureRender: null,
    figureLevel: null,
    clearAtRender: null,
    firstClear: null,
    instantiated: null,
    loaderRemoved: null,
    interactive: null,
    domContentLoaded: null,
    probes: 0,
    notes: [],
  });
  const read = (el) => (el ? (cfg.attr ? el.getAttribute(cfg.attr) : el.textContent) : null);

  // Is the figure's centre on screen and not covered by anything?
  const clear = () => {
    const el = document.querySelector(cfg.figure);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  };
  // A frame's own timestamp is when it began, which may be long before its
  // callbacks run when a task held the main thread: now() instead.
  const watchClear = () => {
    if (clear()) B.firstClear = now();
    else requestAnimationFrame(watchClear);
  };

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === "first-contentful-paint" && B.fcp === null) {
          B.fcp = e.startTime;
          B.clearAtFcp = clear();
          watchClear();
        }
      }
    }).observe({ type: "paint", buffered: true });
  } catch (err) {
    B.notes.push("paint timing: " + err);
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const m = /^bench-figure-(\d)$/.exec(e.identifier);
        if (!m) continue;
        const level = Number(m[1]);
        if (B.figureLevel === null || level < B.figureLevel) {
          B.figureLevel = level;
          B.figureRender = e.renderTime || e.loadTime;
          B.clearAtRender = clear();
        }
      }
    }).observe({ type: "element", buffered: true });
  } catch (err) {
    B.notes.push("element timing: " + err);
  }

  const instantiate = WebAssembly.instantiateStreaming;
  if (instantiate) {
    WebAssembly.instantiateStreaming = function (...args) {
      return instantiate.apply(this, args).then((r) => {
        if (B.instantiated === null) B.instantiated = now();
        return r;
      });
    };
  }

  let probing = null;
  let tagged = false;
  let baseline = null;
  let parsed = false;
  const check = () => {
    if (!tagged) {
      const el = document.querySelector(cfg.figure);
      if (el) {
        tagged = true;
        B.figureInserted = now();
        for (let e = el, level = 0; e && e !== document.body && level < 3; e = e.parentElement, level++) {
          e.setAttribute("elementtiming", "bench-figure-" + level);
        }
      }
    }
    if (!parsed) return;
    if (B.loaderRemoved === null && !document.getElementById("app-wasm-loader")) {
      // go.run() has returned: Go's main has mounted the page and waits for
      // events, or (an app that starts in tasks of its own, as ours does)
      // has given the main thread back while it goes on starting. Probe
      // now, and every cfg.probeEvery ms as before until the page answers:
      // a slower probe would count its own wait as the app's.
      B.loaderRemoved = now();
      probe();
    }
    if (B.interactive === null) {
      const v = read(document.querySelector(cfg.target));
      if (v !== null && v !== baseline) {
        B.interactive = now();
        clearInterval(probing);
      }
    }
    if (B.loaderRemoved !== null && B.interactive !== null) load.disconnect();
  };
  const load = new MutationObserver(check);
  load.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener("DOMContentLoaded", () => {
    B.domContentLoaded = now();
    baseline = read(document.querySelector(cfg.target));
    parsed = true;
    check();
  });
  const probe = () => {
    if (!parsed || B.interactive !== null) return;
    const lever = document.querySelector(cfg.lever);
    if (!lever) return;
    B.probes++;
    lever.value = (cfg.probeBase + B.probes / 100).toFixed(2);
    lever.dispatchEvent(new Event("input", { bubbles: true }));
  };
  probing = setInterval(probe, cfg.probeEvery);

  // __benchEdits types warm + n new values into the lever, one at a time:
  // each is set and announced with an input event at t0; a MutationObserver
  // on the body counts every record that follows and notes the time of its
  // last callback; the edit is settled once the target figure has changed
  // and no mutation came for cfg.quiet ms after that. The latency is the
  // last callback's time minus t0 (a callback runs right after the task
  // that mutated the DOM). The first warm edits are not counted. Between
  // edits: one animation frame, then a task, so the page has rendered the
  // previous edit.
  window.__benchEdits = async (n, warm) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    let edit = null;
    let stray = 0;
    const mo = new MutationObserver((recs) => {
      const t = now();
      if (edit === null) {
        stray += recs.length;
        return;
      }
      if (edit.first === null) edit.first = t;
      edit.last = t;
      edit.records += recs.length;
      for (const r of recs) {
        edit.nodes.add(r.target);
        if (r.type === "attributes" && r.oldValue === r.target.getAttribute(r.attributeName)) edit.noops++;
        if (r.type === "characterData" && r.oldValue === r.target.data) edit.noops++;
      }
      if (read(document.querySelector(cfg.target)) !== edit.before) {
        clearTimeout(edit.quietTimer);
        edit.quietTimer = setTimeout(edit.resolve, cfg.quiet, "settled");
      }
    });
    mo.observe(document.body, {
      childList: true, subtree: true, attributes: true, characterData: true,
      attributeOldValue: true, characterDataOldValue: true,
    });
    const out = { latency: [], first: [], records: [], noops: [], nodes: [], failures: [], stray: 0 };
    try {
      for (let i = 0; i < warm + n; i++) {
        await frame();
        const lever = document.querySelector(cfg.lever);
        const value = (cfg.editBase + (i + 1) / 100).toFixed(2);
        const result = await new Promise((resolve) => {
          edit = {
            before: read(document.querySelector(cfg.target)),
            t0: 0, first: null, last: null, records: 0, noops: 0, nodes: new Set(),
            resolve, quietTimer: null,
            deadline: setTimeout(resolve, cfg.editTimeout, "timeout"),
          };
          edit.t0 = now();
          lever.value = value;
          lever.dispatchEvent(new Event("input", { bubbles: true }));
        });
        const e = edit;
        edit = null;
        clearTimeout(e.quietTimer);
        clearTimeout(e.deadline);
        if (result !== "settled") {
          out.failures.push(`edit ${i} (${value}): the target figure did not change within ${cfg.editTimeout} ms`);
          continue;
        }
        if (i < warm) continue;
        out.latency.push(e.last - e.t0);
        out.first.push(e.first - e.t0);
        out.records.push(e.records);
        out.noops.push(e.noops);
        out.nodes.push(e.nodes.size);
      }
    } finally {
      mo.disconnect();
      out.stray = stray;
    }
    return out;
  };
})();
