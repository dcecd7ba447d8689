// The timeline strip: events per day (or week, or month for long spans), stacked by type, with
// a count axis. Grey bars count every dated event, coloured bars the ones the filters keep;
// clicking or dragging sets the date filter and zooms the strip to it, double-clicking clears it.
(function (KG) {
  "use strict";
  const el = KG.el;
  const DAY = 864e5;
  const PAD = { left: 30, right: 8, top: 6, bottom: 14 };
  const MIN_DAYS = 31;
  const toNum = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  const toIso = (num) => new Date(num * DAY).toISOString().slice(0, 10);
  const monthOf = (num) => { const d = new Date(num * DAY); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };
  const monthStart = (m) => Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY;

  // Buckets of a day, a week or a month, whichever keeps the strip under about 400 bars.
  function bucketScale(first, last) {
    const span = last - first + 1;
    if (span <= 400) {
      return { count: span, index: (d) => d - first, start: (i) => first + i, end: (i) => first + i };
    }
    if (span <= 400 * 7) {
      return { count: Math.ceil(span / 7), index: (d) => Math.floor((d - first) / 7),
               start: (i) => first + 7 * i, end: (i) => first + 7 * i + 6 };
    }
    const m0 = monthOf(first);
    return { count: monthOf(last) - m0 + 1, index: (d) => monthOf(d) - m0,
             start: (i) => monthStart(m0 + i), end: (i) => monthStart(m0 + i + 1) - 1 };
  }

  class Timeline {
    constructor(root, explorer) {
      this.x = explorer;
      const ui = explorer.ui;
      this.info = el("span", { className: "kg-timeline-info" });
      this.canvas = el("canvas", { className: "kg-timeline-canvas", role: "img", "aria-label": ui.timeline });
      root.append(el("div", { className: "kg-timeline-head" }, [
        el("strong", { text: ui.timeline }), el("span", { className: "kg-muted", text: ui.timeline_hint }), this.info,
      ]), this.canvas);
      const dated = explorer.events.filter((ev) => ev.day);
      this.undated = explorer.events.length - dated.length;
      this.range = { from: "", to: "" };
      this.marks = [];
      this.drag = null;
      if (!dated.length) {
        this.scale = null;
        this.canvas.hidden = true;
        this.update(explorer.visible);
        return;
      }
      this.day = new Float64Array(explorer.events.length).fill(NaN);
      dated.forEach((ev) => { this.day[ev.id] = toNum(ev.day); });
      this.lo = dated.reduce((m, ev) => Math.min(m, this.day[ev.id]), Infinity);
      this.hi = dated.reduce((m, ev) => Math.max(m, this.day[ev.id]), -Infinity);
      this.zoom(this.lo, this.hi);
      this.listen();
      new ResizeObserver(() => this.draw()).observe(this.canvas);
      this.update(explorer.visible);
    }

    // Show the days lo..hi (numbers of days): buckets, and every dated event's bucket in them (-1 outside).
    zoom(lo, hi) {
      const pad = Math.max(0, Math.ceil((MIN_DAYS - (hi - lo + 1)) / 2));
      this.first = lo - pad; // a short span is widened to a month, so one day is not one huge bar
      this.last = hi + pad;
      this.span = toIso(lo) + " – " + toIso(hi);
      this.scale = bucketScale(this.first, this.last);
      this.bucket = new Int32Array(this.x.events.length).fill(-1);
      this.total = new Int32Array(this.scale.count);
      this.x.events.forEach((ev) => {
        const d = this.day[ev.id];
        if (!(d >= this.first && d <= this.last)) return;
        this.bucket[ev.id] = this.scale.index(d);
        this.total[this.bucket[ev.id]] += 1;
      });
      this.max = Math.max(1, ...this.total);
      this.zoomed = lo > this.lo || hi < this.hi;
    }

    // Recount the events the filters keep, per bucket and type, and redraw.
    update(visible) {
      const types = this.x.data.types;
      if (this.scale) {
        this.shown = types.map(() => new Int32Array(this.scale.count));
        this.shownAll = new Int32Array(this.scale.count);
        const typeIndex = new Map(types.map((t, i) => [t, i]));
        this.x.events.forEach((ev) => {
          const b = this.bucket[ev.id];
          if (b < 0 || !visible[ev.id]) return;
          this.shown[typeIndex.get(ev.type)][b] += 1;
          this.shownAll[b] += 1;
        });
      }
      const undated = this.undated ? " · " + KG.fmt(this.x.ui.undated_count, { n: this.undated }) : "";
      this.info.textContent = this.scale ? this.span + undated : undated.slice(3);
      this.draw();
    }

    // The date filter: the strip zooms to it (within the dated events' span), and back out when cleared.
    setRange(from, to) {
      this.range = { from: from || "", to: to || "" };
      if (this.day) {
        const lo = from ? Math.max(this.lo, toNum(from)) : this.lo, hi = to ? Math.min(this.hi, toNum(to)) : this.hi;
        if (lo <= hi) this.zoom(lo, hi); else this.zoom(this.lo, this.hi);
        this.mark(this.markIds || []);
      }
      this.draw();
    }

    // Ticks under the buckets of these events (the selected event, or an actor's events).
    mark(eventIds) {
      this.markIds = eventIds;
      this.marks = this.scale ? eventIds.map((id) => this.bucket[id]).filter((b) => b >= 0) : [];
      this.draw();
    }

    // Where the bar of a day is on screen (page coordinates), or null if the day is off the strip.
    pointOf(iso) {
      if (!this.scale || !iso) return null;
      const d = toNum(iso);
      if (d < this.first || d > this.last) return null;
      const box = this.canvas.getBoundingClientRect();
      const width = (box.width - PAD.left - PAD.right) / this.scale.count;
      return { x: box.left + PAD.left + (this.scale.index(d) + 0.5) * width, y: box.top + box.height / 2 };
    }

    bucketAt(clientX) {
      const box = this.canvas.getBoundingClientRect();
      const width = (box.width - PAD.left - PAD.right) / this.scale.count;
      return Math.max(0, Math.min(this.scale.count - 1, Math.floor((clientX - box.left - PAD.left) / width)));
    }

    listen() {
      const c = this.canvas;
      c.addEventListener("mousedown", (e) => {
        this.drag = { a: this.bucketAt(e.clientX), b: this.bucketAt(e.clientX) };
        this.draw();
      });
      c.addEventListener("mousemove", (e) => {
        const b = this.bucketAt(e.clientX);
        if (this.drag) { this.drag.b = b; this.draw(); }
        c.title = KG.fmt(this.x.ui.timeline_bar, { from: toIso(this.scale.start(b)), to: toIso(this.scale.end(b)),
                                                    shown: this.shownAll[b], total: this.total[b] });
      });
      window.addEventListener("mouseup", () => {
        if (!this.drag) return;
        const lo = Math.min(this.drag.a, this.drag.b), hi = Math.max(this.drag.a, this.drag.b);
        this.drag = null;
        this.x.setDateRange(toIso(this.scale.start(lo)), toIso(this.scale.end(hi)));
      });
      c.addEventListener("dblclick", () => this.x.setDateRange("", ""));
    }

    draw() {
      if (!this.scale) return;
      const c = this.canvas, ratio = window.devicePixelRatio || 1;
      const w = c.clientWidth, h = c.clientHeight;
      if (!w || !h) return;
      if (c.width !== Math.round(w * ratio) || c.height !== Math.round(h * ratio)) {
        c.width = Math.round(w * ratio);
        c.height = Math.round(h * ratio);
      }
      const ctx = c.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, w, h);
      const n = this.scale.count, bw = (w - PAD.left - PAD.right) / n, plotH = h - PAD.top - PAD.bottom;
      const xOf = (i) => PAD.left + i * bw, base = PAD.top + plotH;
      const span = (lo, hi, style) => { ctx.fillStyle = style; ctx.fillRect(xOf(lo), PAD.top, (hi - lo + 1) * bw, plotH); };
      if (this.range.from || this.range.to) {
        const lo = this.range.from ? this.scale.index(Math.max(this.first, toNum(this.range.from))) : 0;
        const hi = this.range.to ? this.scale.index(Math.min(this.last, toNum(this.range.to))) : n - 1;
        if (hi >= lo) span(lo, hi, "rgba(37, 99, 235, 0.12)");
      }
      if (this.drag) span(Math.min(this.drag.a, this.drag.b), Math.max(this.drag.a, this.drag.b), "rgba(37, 99, 235, 0.25)");
      const barW = Math.max(1, bw - (bw > 4 ? 1 : 0));
      for (let i = 0; i < n; i++) {
        if (!this.total[i]) continue;
        const full = (this.total[i] / this.max) * plotH;
        ctx.fillStyle = "#e1e1e1";
        ctx.fillRect(xOf(i), base - full, barW, full);
        let y = base;
        this.x.data.types.forEach((type, t) => {
          const part = (this.shown[t][i] / this.max) * plotH;
          if (!part) return;
          ctx.fillStyle = this.x.data.typeColours[type];
          ctx.fillRect(xOf(i), y - part, barW, part);
          y -= part;
        });
      }
      ctx.fillStyle = "#222";
      this.marks.forEach((b) => ctx.fillRect(xOf(b) + bw / 2 - 1, base + 1, 2, 5));
      ctx.fillStyle = "#bbb";
      ctx.fillRect(PAD.left, base, w - PAD.left - PAD.right, 1);
      this.drawTicks(ctx, xOf, base, w);
      this.drawAxis(ctx, base, plotH, w);
    }

    // The count axis: the tallest bar's count at the top, half of it midway (when a whole number), 0 at the base.
    drawAxis(ctx, base, plotH, w) {
      const marks = [[0, 0], [this.max, plotH]];
      if (this.max % 2 === 0 && this.max > 2) marks.push([this.max / 2, plotH / 2]);
      ctx.font = "10px system-ui, sans-serif";
      ctx.textAlign = "right";
      ctx.textBaseline = "middle";
      marks.forEach(([n, h]) => {
        ctx.fillStyle = "rgba(0, 0, 0, 0.08)";
        if (n) ctx.fillRect(PAD.left, base - h, w - PAD.left - PAD.right, 1);
        ctx.fillStyle = "#666";
        ctx.fillText(String(n), PAD.left - 4, base - h);
      });
      ctx.textAlign = "left";
      this.axis = marks.map((m) => m[0]).sort((a, b) => a - b);
    }

    drawTicks(ctx, xOf, base, w) {
      ctx.fillStyle = "#666";
      ctx.font = "10px system-ui, sans-serif";
      ctx.textBaseline = "top";
      const every = Math.max(1, Math.ceil(this.scale.count / Math.max(1, Math.floor(w / 90))));
      for (let i = 0; i < this.scale.count; i += every) {
        const label = toIso(this.scale.start(i));
        if (xOf(i) + ctx.measureText(label).width > w) break;
        ctx.fillText(label, xOf(i), base + 3);
      }
    }
  }

  KG.Timeline = Timeline;
})(window.KG = window.KG || {});
