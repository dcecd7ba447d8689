// The explorer: reads the page's JSON, draws it with vis-network, and keeps the filters,
// the timeline strip and the side panel in step. window.kgExplorer is the running instance.
(function (KG) {
  "use strict";
  const el = KG.el;

  class Explorer {
    constructor(data) {
      this.data = data;
      this.strings = data.strings;
      this.ui = data.strings.ui;
      this.events = data.events;
      this.actors = data.actors;
      this.nEvents = data.events.length;
      this.items = this.events.concat(this.actors); // a node's id is its index here
      this.actors.forEach((a) => { a.events = []; a.fold = KG.fold(a.alt ? a.label + " / " + a.alt : a.label); });
      this.events.forEach((ev) => {
        ev.actorIds = ev.parts.map((p) => p[0]).concat(ev.placeId === null ? [] : [ev.placeId]);
        ev.parts.concat(ev.placeId === null ? [] : [[ev.placeId, "place"]]).forEach(([id, role]) => {
          const list = this.items[id].events, last = list[list.length - 1];
          if (last && last[0] === ev.id) last[1].push(role); else list.push([ev.id, [role]]);
        });
      });
      this.degree = new Int32Array(this.items.length); // events an actor is in; actors and places of an event
      this.events.forEach((ev) => { this.degree[ev.id] = ev.actorIds.length; });
      this.actors.forEach((a) => { this.degree[a.id] = a.events.length; });
      this.maxDegree = this.actors.reduce((m, a) => Math.max(m, a.events.length), 1);
      this.focusId = null; // the node the view opened on, when the whole graph did not fit readably
      this.fontTop = { full: null, summary: null }; // the top label's font of each view, set at its first framing
      this.hidden = { full: new Set(), summary: new Set() }; // labels the overlap pass made transparent (view.js)
      // pinned: actors chosen from the panel ("only this actor", "expand"), which replace the query's matches
      this.filters = { types: new Set(data.types), from: "", to: "", lang: "", query: "", pinned: new Set() };
      this.visible = new Uint8Array(this.items.length).fill(1);
      this.mode = data.view.summary ? "summary" : "full";
      this.fullSettled = data.view.fixed || this.items.length === 0; // big graphs come with positions from Python
      this.sumPos = new Map(); // where the summary's actors were laid out or dragged to
      this.selected = null;
      this.ready = false;
    }

    typeText(type) { return this.strings.event_types[type] || type.replace(/_/g, " "); }
    roleText(role) { return this.strings.roles[role] || role; }

    start() {
      this.panel = new KG.Panel(document.getElementById("kg-panel"), this);
      this.buildToolbar(document.getElementById("kg-toolbar"));
      this.sidebar = new KG.Sidebar(document.getElementById("kg-filters"), this);
      this.timeline = new KG.Timeline(document.getElementById("kg-timeline"), this);
      this.table = new KG.Table(document.getElementById("kg-table"), this);
      this.map = this.data.world ? new KG.WorldMap(document.querySelector(".kg-stage"), this) : null;
      this.nodes = new vis.DataSet(this.items.map((item) => this.fullNode(item)));
      this.edges = new vis.DataSet(this.fullEdges());
      this.nodeView = new vis.DataView(this.nodes, { filter: (n) => this.visible[n.id] === 1 });
      this.edgeView = new vis.DataView(this.edges, { filter: (e) => this.visible[e.from] === 1 });
      this.sumNodes = new vis.DataSet();
      this.sumEdges = new vis.DataSet();
      if (this.mode === "summary") this.buildSummary();
      const options = Object.assign({}, this.data.options, {
        nodes: Object.assign({}, this.data.options.nodes, { scaling: Object.assign({ min: 8, max: 36 }, KG.labelScaling) }),
        edges: Object.assign({}, this.data.options.edges, { scaling: Object.assign({ min: 1, max: 10 }, KG.labelScaling) }),
        layout: Object.assign({}, this.data.options.layout, { improvedLayout: this.items.length <= 100 }),
        physics: { enabled: false },
      });
      this.network = new vis.Network(document.getElementById("kg-network"), this.viewData(), options);
      this.network.once("afterDrawing", () => { this.paintedAt = performance.now(); }); // first paint (benchmarks)
      this.declutterSoon = KG.debounce(() => this.declutter(), 150);
      this.listen();
      this.showMode();
      this.apply();
      if (!this.layOut()) {
        this.frame();
        this.network.once("afterDrawing", () => this.markReady());
      }
    }

    // Run the simulation once on a view without positions, then stop it: a still graph stays
    // responsive. Iterations shrink as the view grows, so this takes about a second or two.
    layOut() {
      const full = this.mode === "full";
      if (full ? this.fullSettled : !this.sumNodes.get({ filter: (n) => n.x === undefined }).length) return false;
      const net = this.network, count = this.viewData().nodes.length, base = this.data.options.physics;
      const iterations = Math.round(Math.min(base.stabilization.iterations, Math.max(60, 100000 / Math.max(1, count))));
      const physics = Object.assign({}, base, {
        enabled: true, stabilization: Object.assign({}, base.stabilization, { enabled: true, iterations }),
      });
      this.viewButtons.forEach((b) => { b.disabled = true; });
      net.once("stabilizationIterationsDone", () => {
        net.setOptions({ physics: { enabled: false } });
        if (full) { this.fullSettled = true; this.keepPositions(this.nodes.getIds()); }
        else this.keepPositions(this.sumNodes.getIds());
        this.frame();
        net.once("afterDrawing", () => this.markReady());
        net.redraw();
      });
      net.setOptions({ physics });
      net.stabilize(physics.stabilization.iterations);
      return true;
    }

    fullNode(item) {
      const id = item.id;
      if (id < this.nEvents) {
        const c = this.data.typeColours[item.type];
        return { id, label: item.label, shape: "box", title: item.tip, ...this.position(item), font: { size: KG.eventFont },
                 color: { background: c, border: "#8a8a8a", highlight: { background: c, border: "#1f2937" },
                          hover: { background: c, border: "#1f2937" } } };
      }
      const style = this.data.kindStyles[item.kind];
      return { id, label: item.label, shape: style.shape, color: style.colour, title: item.tip,
               font: { size: this.actorFont(id) }, ...this.position(item) };
    }

    position(item) { return item.x === undefined ? {} : { x: item.x, y: item.y }; }

    fullEdges() {
      const out = [], labels = !this.data.view.fixed;
      this.events.forEach((ev) => {
        ev.parts.forEach(([to, role], k) => out.push({ id: "e" + ev.id + "-" + k, from: ev.id, to, arrows: "to",
                                                       label: labels ? this.roleText(role) : undefined }));
        if (ev.placeId !== null) {
          out.push({ id: "e" + ev.id + "-p", from: ev.id, to: ev.placeId, arrows: "to", dashes: true,
                     label: labels ? this.roleText("place") : undefined });
        }
      });
      return out;
    }

    // Actor–actor view: one node per participant of a kept event, edges weighted by shared events.
    buildSummary() {
      this.hidden.summary = new Set(); // the nodes are made afresh, labels showing
      const counts = new Map(), pairs = new Map();
      this.events.forEach((ev) => {
        if (!this.visible[ev.id]) return;
        const ids = Array.from(new Set(ev.parts.map((p) => p[0]))).sort((a, b) => a - b);
        ids.forEach((id, i) => {
          counts.set(id, (counts.get(id) || 0) + 1);
          for (let j = i + 1; j < ids.length; j++) {
            const key = id + "-" + ids[j];
            if (!pairs.has(key)) pairs.set(key, []);
            pairs.get(key).push(ev.id);
          }
        });
      });
      this.pairs = pairs;
      let most = 1;
      counts.forEach((n) => { most = Math.max(most, n); });
      const nodes = Array.from(counts, ([id, n]) => {
        const a = this.items[id], style = this.data.kindStyles[a.kind];
        return Object.assign({ id, label: a.label, shape: style.shape, color: style.colour, value: n,
                               font: { size: KG.labelSize(n, most, this.fontTop.summary) },
                               title: KG.fmt(this.ui.tip_actor, { label: a.label, n }) }, this.summaryPosition(a));
      });
      const edges = Array.from(pairs, ([key, evs]) => {
        const [a, b] = key.split("-").map(Number);
        return { id: key, from: a, to: b, value: evs.length,
                 title: KG.fmt(this.ui.tip_pair, { a: this.items[a].label, b: this.items[b].label, n: evs.length }) };
      });
      this.sumEdges.clear();
      this.sumNodes.clear();
      this.sumNodes.add(nodes);
      this.sumEdges.add(edges);
    }

    summaryPosition(actor) {
      if (this.sumPos.has(actor.id)) return this.sumPos.get(actor.id);
      const node = this.fullSettled && !this.data.view.fixed ? this.nodes.get(actor.id) : null;
      return node ? { x: node.x, y: node.y } : {};
    }

    viewData() {
      return this.mode === "summary" ? { nodes: this.sumNodes, edges: this.sumEdges }
                                     : { nodes: this.nodeView, edges: this.edgeView };
    }

    listen() {
      const net = this.network;
      net.on("click", (p) => {
        if (p.nodes.length) this.select(p.nodes[0]);
        else if (p.edges.length) this.selectEdge(p.edges[0]);
      });
      net.on("dragEnd", (p) => { if (p.nodes.length) this.keepPositions(p.nodes); this.declutterSoon(); });
      net.on("zoom", () => this.declutterSoon());
      net.on("animationFinished", () => this.declutterSoon());
      // vis-network rescales the view when the canvas changes size; opening the panel or the table
      // should narrow the view, not shrink the labels: put back the scale and centre held before.
      net.on("resize", () => {
        const held = this.heldView;
        this.heldView = null;
        // it rescales right after this event: put the view back once it has
        if (held) Promise.resolve().then(() => net.moveTo({ position: held.position, scale: held.scale, animation: false }));
      });
      // vis-network leaves a tooltip up when the pointer leaves the canvas, and has no public call
      // to hide it; these are its 9.1.2 internals (pyvis pins that version).
      document.getElementById("kg-network").addEventListener("mouseleave", () => {
        const handler = net.interactionHandler;
        if (!handler) return;
        clearTimeout(handler.popupTimer);
        if (handler.popup) handler.popup.hide();
      });
      document.addEventListener("keydown", (e) => { if (e.key === "Escape") this.select(null); });
    }

    actorFont(id) { return KG.labelSize(this.degree[id], this.maxDegree, this.fontTop.full); }

    // At a view's first framing, size its labels for the scale that fits it (view.js: topFont).
    sizeLabels() {
      const mode = this.mode;
      if (this.fontTop[mode]) return;
      this.network.fit({ animation: false });
      this.fontTop[mode] = KG.topFont(this.network.getScale());
      if (mode === "full") {
        this.nodes.update(this.actors.map((a) => ({ id: a.id, font: { size: this.actorFont(a.id) } })));
      } else {
        const most = this.sumNodes.get().reduce((m, n) => Math.max(m, n.value), 1);
        this.sumNodes.update(this.sumNodes.get().map((n) => ({ id: n.id, font: { size: KG.labelSize(n.value, most, this.fontTop.summary) } })));
      }
    }

    // Fit the view, or open on the most connected part when the top labels would not read (view.js).
    frame() {
      this.sizeLabels();
      const summary = this.mode === "summary";
      const nodes = summary
        ? this.sumNodes.get({ fields: ["id", "value", "font"] }).map((n) => ({ id: n.id, degree: n.value, font: n.font.size }))
        : this.nodeView.getIds().filter((id) => id >= this.nEvents).map((id) => (
          { id, degree: this.degree[id], font: this.actorFont(id) }));
      this.focusId = KG.frame(this.network, nodes);
      this.showMode();
      this.declutterSoon();
    }

    fitAll() {
      this.network.fit({ animation: false });
      this.focusId = null;
      this.showMode();
      this.declutterSoon();
    }

    // The label-overlap pass on the drawn view; labels are measured when drawn, so after a redraw.
    declutter() {
      const data = this.mode === "summary" ? this.sumNodes : this.nodes;
      const rank = this.mode === "summary" ? (id) => (this.sumNodes.get(id) || { value: 0 }).value : (id) => this.degree[id];
      this.network.once("afterDrawing", () => {
        const mode = this.mode;
        this.hidden[mode] = KG.declutter(this.network, data, rank, this.hidden[mode]);
      });
      this.network.redraw();
    }

    // Keep the view's scale and centre through the canvas resize that is about to happen.
    holdView() {
      if (!this.network) return;
      const held = { scale: this.network.getScale(), position: this.network.getViewPosition() };
      this.heldView = held;
      setTimeout(() => { if (this.heldView === held) this.heldView = null; }, 1000);
    }

    // Store where nodes are, so that a node hidden by a filter comes back to the same place.
    keepPositions(ids) {
      const pos = this.network.getPositions(ids);
      const moved = Object.keys(pos).map((id) => ({ id: Number(id), x: pos[id].x, y: pos[id].y }));
      if (this.mode === "full") this.nodes.update(moved);
      else moved.forEach((p) => this.sumPos.set(p.id, { x: p.x, y: p.y }));
    }

    // The page is usable: laid out and drawn. Tests and the 3-second budget watch this flag.
    markReady() {
      this.viewButtons.forEach((b) => { b.disabled = false; });
      if (this.ready) return;
      this.ready = true;
      this.readyAt = performance.now();
      document.body.dataset.kgReady = "1";
      document.body.dataset.kgStable = "1";
    }

    // Show an item in the panel and select its node; move: "focus" centres on it, "still" keeps
    // the view, anything else pans only if the panel would cover it.
    select(id, move) {
      this.selected = id === undefined ? null : id;
      if (this.map && this.map.shown) this.map.draw();
      if (this.selected === null) {
        this.panel.close();
        this.timeline.mark([]);
        this.table.mark(null);
        this.network.unselectAll();
        return;
      }
      const item = this.items[id];
      if (id < this.nEvents) {
        this.panel.showEvent(item);
        this.timeline.mark([id]);
        this.table.mark(id);
      } else {
        this.panel.showActor(item);
        this.timeline.mark(item.events.map((e) => e[0]));
      }
      if (this.viewData().nodes.get(id)) {
        this.network.selectNodes([id]);
        if (move === "focus") this.centreOn(id);
        else if (move !== "still") this.keepInSight(id);
      } else {
        this.network.unselectAll();
      }
    }

    // Centre a node at a scale where its label reads. The panel takes its own column, so the
    // canvas shrinks when it opens: wait for vis-network to see the new size first.
    centreOn(id) {
      const font = id < this.nEvents ? KG.eventFont : this.actorFont(id);
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const pos = this.network.getPositions([id])[id];
        if (!pos) return;
        this.network.moveTo({ position: pos, scale: Math.max(this.network.getScale(), (KG.LEGIBLE + 3) / font),
                              animation: { duration: 300 } });
      }));
    }

    // Pan to a node that the narrower canvas no longer shows.
    keepInSight(id) {
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const net = this.network, pos = net.getPositions([id])[id], canvas = document.getElementById("kg-network");
        if (!pos) return;
        const p = net.canvasToDOM(pos);
        if (p.x > 20 && p.y > 20 && p.x < canvas.clientWidth - 20 && p.y < canvas.clientHeight - 20) return;
        net.moveTo({ position: pos, scale: net.getScale(), animation: { duration: 300 } });
      }));
    }

    selectEdge(edgeId) {
      if (this.mode === "summary") {
        const [a, b] = String(edgeId).split("-").map(Number);
        this.selected = null;
        this.panel.showPair(this.items[a], this.items[b], this.pairs.get(edgeId) || []);
        this.timeline.mark(this.pairs.get(edgeId) || []);
      } else {
        const edge = this.edges.get(edgeId);
        if (edge) this.select(edge.from);
      }
    }

    filtering() {
      const f = this.filters;
      return f.types.size !== this.data.types.length || Boolean(f.from || f.to || f.lang || f.query || f.pinned.size);
    }

    // Decide what the filters keep, then update the network, the timeline and the counts.
    apply() {
      const f = this.filters, query = KG.fold(f.query), vis = new Uint8Array(this.items.length);
      const matches = f.pinned.size ? Array.from(f.pinned, (id) => this.items[id])
        : query ? this.actors.filter((a) => a.fold.includes(query)) : null;
      const hit = matches && new Uint8Array(this.items.length);
      if (matches) matches.forEach((a) => { hit[a.id] = 1; });
      const typeCounts = {}, langCounts = {};
      let shown = 0;
      this.events.forEach((ev) => {
        if ((f.from || f.to) && (!ev.start || (f.from && ev.end < f.from) || (f.to && ev.start > f.to))) return;
        if (hit && !ev.actorIds.some((id) => hit[id])) return;
        const typeKept = f.types.has(ev.type), langKept = !f.lang || ev.langs.includes(f.lang);
        if (langKept) typeCounts[ev.type] = (typeCounts[ev.type] || 0) + 1;
        if (typeKept) ev.langs.forEach((lang) => { langCounts[lang] = (langCounts[lang] || 0) + 1; });
        if (!typeKept || !langKept) return;
        vis[ev.id] = 1;
        shown += 1;
        ev.actorIds.forEach((id) => { vis[id] = 1; });
      });
      if (!this.filtering()) this.actors.forEach((a) => { vis[a.id] = 1; });
      this.sidebar.counts(typeCounts, langCounts);
      this.matches = matches || [];
      this.visible = vis;
      if (this.applied && this.mode === "summary") {
        this.buildSummary();
        this.layOut(); // only if actors the first layout never saw came in
      } else if (this.applied) {
        this.nodeView.refresh();
        this.edgeView.refresh();
      }
      this.timeline.setRange(f.from, f.to);
      this.timeline.update(vis);
      this.table.update();
      if (this.map) this.map.update();
      this.status.textContent = KG.fmt(this.ui.shown, { shown, total: this.nEvents });
      this.sidebar.showMatches(query && !f.pinned.size ? matches : null);
      if (this.selected !== null) this.select(this.selected, "still");
      if (this.applied) this.frame();
      this.applied = true;
    }

    setDateRange(from, to) {
      this.filters.from = from;
      this.filters.to = to;
      this.sidebar.setDates(from, to);
      this.apply();
    }

    // Keep the events of these actors only (with their co-participants), and say so in the search box.
    pin(ids) {
      this.filters.pinned = new Set(ids);
      this.filters.query = Array.from(this.filters.pinned, (id) => this.items[id].label).join(" + ");
      this.sidebar.setSearch(this.filters.query);
      this.apply();
    }

    filterToActor(actor) {
      this.pin([actor.id]);
      this.select(actor.id, "focus");
    }

    // Add an actor's events and co-participants to what the search shows (everything: its ego view).
    expand(actor) {
      const kept = this.filters.pinned.size ? Array.from(this.filters.pinned)
        : KG.fold(this.filters.query) ? this.matches.map((a) => a.id) : [];
      this.pin(kept.concat([actor.id]));
      this.select(actor.id, "focus");
    }

    // After typing: centre and select the one actor the search finds, or one named exactly so;
    // with first (Enter), the first match.
    focusMatch(first) {
      const query = KG.fold(this.filters.query);
      if (!query || this.filters.pinned.size || !this.matches.length) return;
      const exact = this.matches.find((a) => KG.fold(a.label) === query || (a.alt && KG.fold(a.alt) === query));
      const pick = exact || (this.matches.length === 1 || first ? this.matches[0] : null);
      if (pick) this.select(pick.id, "focus");
    }

    setMode(mode) {
      if (this.map) this.map.show(mode === "map");
      if (mode === "map" || mode === this.mode) { this.showMode(); return; }
      this.mode = mode;
      if (mode === "summary") this.buildSummary();
      else { this.nodeView.refresh(); this.edgeView.refresh(); }
      this.network.setData(this.viewData());
      if (!this.layOut()) this.frame();
      this.showMode();
      if (this.selected !== null) this.select(this.selected);
    }

    showMode() {
      const shown = this.map && this.map.shown ? "map" : this.mode;
      this.viewButtons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.mode === shown)));
      const note = document.getElementById("kg-note"), view = this.data.view;
      const texts = [shown === "map" ? this.ui.map_note : this.mode === "summary" && view.summary ? this.ui.summary_note
        : this.mode === "full" && view.fixed ? this.ui.fixed_note : ""];
      if (this.focusId !== null && shown !== "map") texts.push(KG.fmt(this.ui.focus_note, { label: this.items[this.focusId].label }));
      const text = texts.filter(Boolean).join(" ");
      note.textContent = KG.fmt(text, { nodes: view.nodes.toLocaleString(this.data.lang) });
      note.hidden = !text;
    }

    buildToolbar(root) {
      this.status = el("span", { className: "kg-status", "aria-live": "polite" });
      const modes = ["full", "summary"].concat(this.data.world ? ["map"] : []);
      this.viewButtons = modes.map((mode) => el("button", {
        type: "button", className: "kg-toggle", "data-mode": mode, disabled: true,
        text: this.ui["view_" + mode], onclick: () => this.setMode(mode),
      }));
      const fit = el("button", { type: "button", className: "kg-button kg-fit", text: this.ui.fit_all,
                                 onclick: () => this.fitAll() });
      const table = el("button", { type: "button", className: "kg-toggle kg-table-toggle", "aria-pressed": "false",
                                   text: this.ui.table, onclick: () => {
                                     const on = table.getAttribute("aria-pressed") !== "true";
                                     table.setAttribute("aria-pressed", String(on));
                                     this.table.show(on);
                                   } });
      root.append(this.status, fit, el("span", { className: "kg-segmented" }, [table]),
                  el("span", { className: "kg-segmented", role: "group", "aria-label": this.ui.view }, this.viewButtons));
    }

    reset() {
      this.filters = { types: new Set(this.data.types), from: "", to: "", lang: "", query: "", pinned: new Set() };
      this.sidebar.reset();
      this.apply();
    }
  }

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const explorer = new Explorer(data);
  window.kgExplorer = explorer;
  explorer.start();
})(window.KG = window.KG || {});
