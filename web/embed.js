// Hecla what-if calculator: embed on any page.
//
//   <div data-hecla-calculator data-scenario="silver=20"
//        data-show="lucky-friday,company" data-levers="prices"></div>
//   <script src="https://CALCULATOR-ORIGIN/web/embed.js" defer></script>
//
// Each such div becomes an iframe of the calculator's embed view, sized to
// its content: the embed posts {type: "hecla-calc:height", height} whenever
// its height changes, and this script believes a message only from that
// iframe's own window and the calculator's origin. It sends the iframe
// nothing. No library, no other request.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL(".", script.src); // .../web/
  var app = new URL("../", base); // the calculator's root, sub-path included
  var origin = app.origin;
  var MESSAGE = "hecla-calc:height";
  var MAX_HEIGHT = 20000;
  var options = { scenario: "", show: "show", levers: "levers", theme: "theme", transparent: "transparent" };

  function source(div) {
    var params = new URLSearchParams("embed=1");
    new URLSearchParams(div.getAttribute("data-scenario") || "").forEach(function (value, key) {
      params.append(key, value);
    });
    Object.keys(options).forEach(function (name) {
      var key = options[name];
      var value = div.getAttribute("data-" + name);
      if (key && value) params.set(key, value);
    });
    // The root with embed=1, not /embed: a plain static file server has no
    // page at /embed, only at /embed.html.
    var url = new URL("./", app);
    url.search = params.toString();
    return url.toString();
  }

  function embed(div) {
    if (div.querySelector("iframe")) return;
    var frame = document.createElement("iframe");
    frame.src = source(div);
    frame.title = div.getAttribute("data-title") || "Hecla Mining what-if cost calculator";
    frame.loading = "lazy";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = (div.getAttribute("data-height") || "600") + "px";
    div.appendChild(frame);

    window.addEventListener("message", function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.type !== MESSAGE) return;
      var height = Number(data.height);
      if (!isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
      frame.style.height = Math.ceil(height) + "px";
    });
  }

  function all() {
    document.querySelectorAll("[data-hecla-calculator]").forEach(embed);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", all);
  } else {
    all();
  }
})();
