// Helpers for the explorer page (kg/export/html.py). Article text is untrusted: it only
// ever reaches the page through textContent and attributes set here, never as HTML.
(function (KG) {
  "use strict";

  // An element with properties, listeners and children; strings become text nodes.
  KG.el = function (tag, props, children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([key, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.className = value;
      else if (key === "style") Object.assign(node.style, value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    });
    (children || []).forEach((child) => {
      if (child === undefined || child === null || child === false) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  };

  // "{n} events" with {n} filled in; the result is plain text.
  KG.fmt = function (template, values) {
    return String(template).replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  };

  // Case- and accent-insensitive form for search: "Türkiye" and "TURKIYE" both give "turkiye".
  KG.fold = function (text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase().replace(/ı/g, "i").trim();
  };

  // A link target only for web addresses; anything else (javascript:, data:) is not a link.
  KG.safeUrl = function (url) {
    return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  };

  // A small coloured mark in the shape of a node kind, for legends and lists.
  KG.swatch = function (shape, colour) {
    return KG.el("span", { className: "kg-swatch kg-shape-" + shape, style: { background: colour }, "aria-hidden": "true" });
  };

  KG.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  };

  // Run fn at most once per wait ms, after the last call.
  KG.debounce = function (fn, wait) {
    let timer = null;
    return function () {
      const args = arguments;
      clearTimeout(timer);
      timer = setTimeout(() => fn.apply(null, args), wait);
    };
  };
})(window.KG = window.KG || {});
