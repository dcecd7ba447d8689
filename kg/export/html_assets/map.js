// The map view: country outlines from Natural Earth (world-atlas's 110m TopoJSON, shipped inside
// the page; see world/SOURCE.md), shaded by the number of events the filters keep that took place
// in each country, cities as circles sized by theirs, and trips whose start the text gives as arrows. An equirectangular projection on one
// canvas; the wheel zooms, dragging pans, a click selects the city or country. No tiles, no network.
(function (KG) {
  "use strict";
  const el = KG.el;
  const LAND = "#f4f1ea", SEA = "#e8f0f6", BORDER = "#a7a7a7", CITY = "#5b5550", SHADE = [156, 117, 95];

  // TopoJSON (delta-encoded, quantized arcs) → [{code, name, rings: [[[lon, lat], ...], ...]}].
  function decode(topology, codes) {
    const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
    const arcs = topology.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
    });
    const ring = (indices) => {
      const out = [];
      indices.forEach((i, k) => {
        const points = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        (k ? points.slice(1) : points).forEach((p) => out.push(p));
      });
      // A ring across the antimeridian (Russia, Fiji) is drawn continuous past ±180 instead of
      // streaking across the map; Antarctica's edge along the bottom of the map is left alone.
      for (let i = 1; i < out.length; i++) {
        const prev = out[i - 1][0];
        if (Math.abs(out[i][1]) < 85 && Math.abs(out[i][0] - prev) > 180) {
          out[i] = [out[i][0] + (out[i][0] > prev ? -360 : 360), out[i][1]];
        }
      }
      return out;
    };
    return topology.objects.countries.geometries.map((g, i) => {
      const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
      const rings = [];
      polygons.forEach((polygon) => polygon.forEach((r) => rings.push(ring(r))));
      return { code: codes[i], name: (g.properties && g.properties.name) || "", rings };
    });
  }

  function inside(rings, lon, lat) { // even-odd rule over every ring
    let hit = false;
    rings.forEach((r) => {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        if ((r[i][1] > lat) !== (r[j][1] > lat)
            && lon < ((r[j][0] - r[i][0]) * (lat - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]) hit = !hit;
      }
    });
    return hit;
  }

  class WorldMap {
    constructor(stage, explorer) {
      this.x = explorer;
      this.countries = decode(explorer.data.world.topology, explorer.data.world.codes);
      this.byCode = new Map(); // ISO code → the country actor of the graph
      this.cities = [];
      explorer.actors.forEach((a) => {
        if (a.kind === "country" && a.code) this.byCode.set(a.code, a);
        if (a.kind === "city" && typeof a.lat === "number") this.cities.push(a);
      });
      this.canvas = el("canvas", { className: "kg-map", role: "img", "aria-label": explorer.ui.view_map, hidden: true });
      stage.append(this.canvas);
      this.shown = false;
      this.drawn = null;
      this.listen();
      new ResizeObserver(() => { if (this.shown) this.draw(); }).observe(this.canvas);
    }

    show(on) {
      this.shown = on;
      this.canvas.hidden = !on;
      document.getElementById("kg-network").style.visibility = on ? "hidden" : "";
      if (on && !this.view) this.fit();
      if (on) this.update();
    }

    // Events the filters keep, per city and per country they took place in.
    count() {
      const city = new Map(), country = new Map();
      let placed = 0;
      this.x.events.forEach((ev) => {
        if (!this.x.visible[ev.id] || ev.placeId === null) return;
        const place = this.x.items[ev.placeId];
        if (place.kind === "city") city.set(place.id, (city.get(place.id) || 0) + 1);
        if (place.code) country.set(place.code, (country.get(place.code) || 0) + 1);
        if (place.code || place.kind === "city") placed += 1;
      });
      return { city, country, placed };
    }

    update() {
      if (!this.shown) return;
      this.counts = this.count();
      this.draw();
    }

    // Frame the places the graph has (all of them, not only the kept ones, so filters do not jump the map).
    fit() {
      let west = 180, east = -180, south = 85, north = -85;
      const add = (lon, lat) => { west = Math.min(west, lon); east = Math.max(east, lon); south = Math.min(south, lat); north = Math.max(north, lat); };
      this.cities.forEach((c) => add(c.lon, c.lat));
      this.countries.forEach((c) => {
        if (!this.byCode.has(c.code)) return;
        c.rings.forEach((r) => { if (r.length > 20) r.forEach((p) => add(p[0], p[1])); }); // skip islets
      });
      if (west > east) { west = -170; east = 180; south = -58; north = 80; }
      const padLon = Math.max(10, (east - west) * 0.1), padLat = Math.max(6, (north - south) * 0.1);
      this.view = { lon: (west + east) / 2, lat: (south + north) / 2, w: east - west + 2 * padLon, h: north - south + 2 * padLat };
    }

    project(lon, lat) {
      const v = this.view;
      return [this.width / 2 + (lon - v.lon) * v.k, this.height / 2 - (lat - v.lat) * v.k];
    }

    unproject(px, py) {
      const v = this.view;
      return [v.lon + (px - this.width / 2) / v.k, v.lat - (py - this.height / 2) / v.k];
    }

    draw() {
      const c = this.canvas, ratio = window.devicePixelRatio || 1;
      this.width = c.clientWidth;
      this.height = c.clientHeight;
      if (!this.width || !this.height || !this.counts) return;
      c.width = Math.round(this.width * ratio);
      c.height = Math.round(this.height * ratio);
      const v = this.view;
      if (!v.k) v.k = Math.min(this.width / v.w, this.height / v.h);
      const ctx = c.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.fillStyle = SEA;
      ctx.fillRect(0, 0, this.width, this.height);
      const most = Math.max(1, ...this.counts.country.values());
      const selected = this.x.selected !== null ? this.x.items[this.x.selected] : null;
      let outlined = 0;
      this.countries.forEach((country) => {
        ctx.beginPath();
        country.rings.forEach((r) => r.forEach((p, i) => {
          const [px, py] = this.project(p[0], p[1]);
          if (i) ctx.lineTo(px, py); else ctx.moveTo(px, py);
        }));
        const n = this.counts.country.get(country.code) || 0;
        ctx.fillStyle = n ? `rgba(${SHADE.join(",")},${(0.18 + 0.62 * Math.sqrt(n / most)).toFixed(3)})` : LAND;
        ctx.fill("evenodd");
        const chosen = selected && selected.kind === "country" && selected.code === country.code;
        ctx.strokeStyle = chosen ? "#1f2937" : BORDER;
        ctx.lineWidth = chosen ? 2 : 0.6;
        ctx.stroke();
        outlined += 1;
      });
      this.drawn = { countries: outlined, shaded: Object.fromEntries(this.counts.country), cities: [], trips: 0 };
      this.drawTrips(ctx);
      this.drawCities(ctx, selected);
    }

    // Kept trips whose start the text gives, as arrows from that city to the destination city.
    drawTrips(ctx) {
      const seen = new Set();
      ctx.strokeStyle = "rgba(60, 110, 140, 0.8)";
      ctx.fillStyle = "rgba(60, 110, 140, 0.8)";
      ctx.lineWidth = 1.5;
      this.x.events.forEach((ev) => {
        if (!this.x.visible[ev.id] || ev.originId === null || ev.originId === undefined || ev.placeId === null) return;
        const from = this.x.items[ev.originId], to = this.x.items[ev.placeId];
        if (typeof from.lat !== "number" || typeof to.lat !== "number") return;
        const key = from.id + ">" + to.id;
        if (seen.has(key)) return;
        seen.add(key);
        const [x1, y1] = this.project(from.lon, from.lat), [x2, y2] = this.project(to.lon, to.lat);
        const angle = Math.atan2(y2 - y1, x2 - x1), len = Math.hypot(x2 - x1, y2 - y1);
        if (len < 4) return;
        ctx.beginPath();
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
        ctx.stroke();
        ctx.beginPath(); // the head, at the destination
        ctx.moveTo(x2, y2);
        ctx.lineTo(x2 - 9 * Math.cos(angle - 0.4), y2 - 9 * Math.sin(angle - 0.4));
        ctx.lineTo(x2 - 9 * Math.cos(angle + 0.4), y2 - 9 * Math.sin(angle + 0.4));
        ctx.closePath();
        ctx.fill();
      });
      this.drawn.trips = seen.size;
    }

    // Cities with kept events as circles, biggest first; then their labels, each only where it
    // overlaps no label already placed (the busiest cities win).
    drawCities(ctx, selected) {
      const counts = this.counts.city, most = Math.max(1, ...counts.values());
      const cities = this.cities.filter((c) => counts.get(c.id)).sort((a, b) => counts.get(b.id) - counts.get(a.id));
      const drawn = cities.map((city) => {
        const n = counts.get(city.id), [px, py] = this.project(city.lon, city.lat);
        return { id: city.id, label: city.label, n, x: px, y: py, r: 3 + 9 * Math.sqrt(n / most), labelled: false };
      });
      drawn.slice().reverse().forEach((c) => { // the biggest on top
        const chosen = selected && selected.id === c.id;
        ctx.beginPath();
        ctx.arc(c.x, c.y, c.r, 0, 2 * Math.PI);
        ctx.fillStyle = "rgba(91, 85, 80, 0.75)";
        ctx.fill();
        ctx.lineWidth = chosen ? 3 : 1;
        ctx.strokeStyle = chosen ? "#1f2937" : "#fff";
        ctx.stroke();
      });
      const placed = [];
      ctx.font = "12px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      drawn.forEach((c) => {
        const text = c.label + " (" + c.n + ")";
        const box = { x: c.x + c.r + 3, y: c.y - 8, w: ctx.measureText(text).width + 4, h: 16 };
        if (!placed.every((b) => box.x > b.x + b.w || b.x > box.x + box.w || box.y > b.y + b.h || b.y > box.y + box.h)) return;
        placed.push(box);
        c.labelled = true;
        ctx.fillStyle = "rgba(255, 255, 255, 0.85)";
        ctx.fillRect(box.x - 1, box.y, box.w, box.h);
        ctx.fillStyle = CITY;
        ctx.fillText(text, box.x + 1, c.y);
      });
      this.drawn.cities = drawn;
    }

    // The city under a point, else the country; with the number of kept events there.
    at(px, py) {
      const city = (this.drawn ? this.drawn.cities : []).find((c) => Math.hypot(c.x - px, c.y - py) <= c.r + 3);
      if (city) return { item: this.x.items[city.id], label: city.label, n: city.n };
      const [lon, lat] = this.unproject(px, py);
      const country = this.countries.find((c) => inside(c.rings, lon, lat));
      if (!country) return null;
      const actor = country.code ? this.byCode.get(country.code) : null;
      return { item: actor || null, label: actor ? actor.label : country.name, n: this.counts.country.get(country.code) || 0 };
    }

    listen() {
      const c = this.canvas;
      let drag = null;
      const local = (e) => { const b = c.getBoundingClientRect(); return [e.clientX - b.left, e.clientY - b.top]; };
      c.addEventListener("wheel", (e) => {
        e.preventDefault();
        const [px, py] = local(e), [lon, lat] = this.unproject(px, py);
        this.view.k = Math.min(400, Math.max(1, this.view.k * (e.deltaY < 0 ? 1.25 : 0.8)));
        const [nx, ny] = this.unproject(px, py);
        this.view.lon += lon - nx;
        this.view.lat += lat - ny;
        this.draw();
      }, { passive: false });
      c.addEventListener("mousedown", (e) => { drag = { at: local(e), moved: false }; });
      c.addEventListener("mousemove", (e) => {
        const [px, py] = local(e);
        if (drag && Math.hypot(px - drag.at[0], py - drag.at[1]) > 3) {
          this.view.lon -= (px - drag.at[0]) / this.view.k;
          this.view.lat += (py - drag.at[1]) / this.view.k;
          drag = { at: [px, py], moved: true };
          this.draw();
          return;
        }
        const hit = this.at(px, py);
        c.title = hit ? KG.fmt(this.x.ui.map_tip, { label: hit.label, n: hit.n }) : "";
      });
      window.addEventListener("mouseup", (e) => {
        if (!drag) return;
        const moved = drag.moved;
        drag = null;
        if (moved || e.target !== c) return;
        const hit = this.at(...local(e));
        if (hit && hit.item) this.x.select(hit.item.id, "still");
      });
    }
  }

  KG.WorldMap = WorldMap;
})(window.KG = window.KG || {});
