// The side panel: an event with its date, place, participants and every source; an actor
// with its events in date order; the events two actors share (summary view).
(function (KG) {
  "use strict";
  const el = KG.el;
  const EGO_ROWS = 8; // co-participants shown in the ego view

  class Panel {
    constructor(root, explorer) {
      this.root = root;
      this.x = explorer;
      this.s = explorer.strings;
    }

    open(mark, title, body) {
      if (this.root.hidden) this.x.holdView();
      KG.clear(this.root);
      this.root.append(el("div", { className: "kg-panel-head" }, [
        mark, el("h2", { text: title }),
        el("button", { type: "button", className: "kg-close", title: this.x.ui.close, "aria-label": this.x.ui.close,
                       text: "×", onclick: () => this.x.select(null) }),
      ]), ...body);
      this.root.hidden = false;
      this.root.scrollTop = 0;
    }

    close() {
      if (!this.root.hidden) this.x.holdView();
      this.root.hidden = true;
      KG.clear(this.root);
    }

    fields(rows) {
      const dl = el("dl", { className: "kg-fields" });
      rows.forEach(([name, value]) => {
        if (value === null || value === undefined || value === "") return;
        dl.append(el("dt", { text: name }), el("dd", {}, [value]));
      });
      return dl;
    }

    eventMark(ev) { return KG.swatch("box", this.x.data.typeColours[ev.type]); }

    actorMark(actor) {
      const style = this.x.data.kindStyles[actor.kind];
      return KG.swatch(style.shape, style.colour);
    }

    role(text) { return el("span", { className: "kg-role", text }); }

    actorButton(actor) {
      return el("button", { type: "button", className: "kg-link", onclick: () => this.x.select(actor.id, "focus") },
                [this.actorMark(actor), actor.label]);
    }

    // A list of events with the roles an actor has in them; events the filters hide are greyed.
    eventList(entries) {
      if (!entries.length) return el("p", { className: "kg-muted", text: this.x.ui.no_events });
      return el("ol", { className: "kg-event-list" }, entries.map(([id, roles]) => {
        const ev = this.x.items[id], hidden = !this.x.visible[id];
        return el("li", { className: hidden ? "kg-hidden-row" : null, title: hidden ? this.x.ui.hidden_by_filters : null }, [
          el("button", { type: "button", className: "kg-link", onclick: () => this.x.select(id, "focus") },
             [this.eventMark(ev), ev.label]),
          roles && roles.length ? this.role(roles.map((r) => this.x.roleText(r)).join(", ")) : null,
        ]);
      }));
    }

    showEvent(ev) {
      const f = this.s.fields;
      const place = ev.placeId !== null ? this.actorButton(this.x.items[ev.placeId]) : ev.place;
      const langs = ev.langs.map((code) => this.s.languages[code] || code).join(", ");
      const people = el("ul", { className: "kg-participants" }, ev.parts.map(([id, role]) =>
        el("li", {}, [this.actorButton(this.x.items[id]), this.role(this.x.roleText(role))])));
      this.open(this.eventMark(ev), ev.label, [
        this.fields([[f.type, this.x.typeText(ev.type)], [f.date, ev.when], [f.place, place], [f.languages, langs],
                     [f.codes, this.codes(ev.type)]]),
        ev.parts.length ? el("h3", { text: f.participants }) : null,
        ev.parts.length ? people : null,
        el("h3", { text: f.sources + " (" + ev.sources.length + ")" }),
        el("ol", { className: "kg-sources" }, ev.sources.map((src) => this.source(src))),
      ].filter(Boolean));
    }

    // The event type's CAMEO and PLOVER codes (the ontology's crosswalk), one a line with its name.
    codes(type) {
      const codes = this.x.data.codes[type] || [];
      if (!codes.length) return null;
      return el("ul", { className: "kg-codes" }, codes.map(([scheme, notation, label]) => el("li", {}, [
        el("code", { text: scheme + " " + notation }), " " + label,
      ])));
    }

    source(src) {
      const url = KG.safeUrl(src.url);
      const title = src.title || this.x.ui.untitled;
      const heading = url
        ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", title: this.x.ui.open_article, text: title })
        : el("span", { text: title });
      const meta = [src.published, src.article].filter(Boolean).join(" · ");
      return el("li", { className: "kg-source" }, [
        el("div", { className: "kg-source-title" }, [heading]),
        meta ? el("div", { className: "kg-source-meta", text: meta }) : null,
        src.sentence ? el("blockquote", { className: "kg-sentence", text: src.sentence }) : null,
        src.url && !url ? el("div", { className: "kg-source-meta", text: src.url }) : null,
      ]);
    }

    showActor(actor) {
      const f = this.s.fields, ui = this.x.ui;
      this.open(this.actorMark(actor), actor.label, [
        this.fields([[f.kind, this.s.kinds[actor.kind] || actor.kind], [f.also, actor.alt],
                     [f.iri, el("code", { text: actor.iri })]]),
        el("div", { className: "kg-actions" }, [
          el("button", { type: "button", className: "kg-button", text: ui.only_actor,
                         onclick: () => this.x.filterToActor(actor) }),
          el("button", { type: "button", className: "kg-button kg-expand", text: ui.expand, title: ui.expand_hint,
                         onclick: () => this.x.expand(actor) }),
        ]),
        this.ego(actor),
        el("h3", { text: KG.fmt(ui.events, { n: actor.events.length }) }),
        this.eventList(actor.events),
      ]);
    }

    // The ego view over time: the actor's dated events on one row, and on the rows below the
    // co-participants it shares most events with, each mark at its day (click: the event).
    ego(actor) {
      const x = this.x, dated = actor.events.map(([id]) => x.items[id]).filter((ev) => ev.day);
      if (!dated.length) return null;
      const day = (ev) => Date.parse(ev.day), lo = Math.min(...dated.map(day)), hi = Math.max(...dated.map(day));
      const shared = new Map();
      dated.forEach((ev) => ev.parts.forEach(([id]) => {
        if (id !== actor.id) shared.set(id, (shared.get(id) || []).concat([ev]));
      }));
      const others = Array.from(shared).sort((a, b) => b[1].length - a[1].length || a[0] - b[0]).slice(0, EGO_ROWS);
      const row = (item, events) => el("div", { className: "kg-ego-row", "data-id": item.id }, [
        el("span", { className: "kg-ego-name", text: item.label, title: item.label }),
        el("span", { className: "kg-ego-track" }, events.map((ev) => el("button", {
          type: "button", className: "kg-ego-mark" + (x.visible[ev.id] ? "" : " kg-hidden-row"), title: ev.label,
          "aria-label": ev.label, style: { left: (hi > lo ? (100 * (day(ev) - lo)) / (hi - lo) : 50) + "%",
                                           background: x.data.typeColours[ev.type] },
          onclick: () => x.select(ev.id, "focus"),
        }))),
      ]);
      return el("section", { className: "kg-ego" }, [
        el("h3", { text: this.x.ui.over_time }),
        row(actor, dated), ...others.map(([id, events]) => row(x.items[id], events)),
        el("div", { className: "kg-ego-axis" }, [el("span", { text: dated.reduce((a, ev) => (ev.day < a ? ev.day : a), dated[0].day) }),
                                                 el("span", { text: dated.reduce((a, ev) => (ev.day > a ? ev.day : a), dated[0].day) })]),
      ]);
    }

    showPair(a, b, eventIds) {
      this.open(this.actorMark(a), a.label + " — " + b.label, [
        el("h3", { text: KG.fmt(this.x.ui.shared, { n: eventIds.length }) }),
        this.eventList(eventIds.map((id) => [id, null])),
      ]);
    }
  }

  KG.Panel = Panel;
})(window.KG = window.KG || {});
