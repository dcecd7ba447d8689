// The filter sidebar: event types, dates, article language and actor search, with the legend.
// The explorer holds the filter values and decides what they keep; this draws the controls and
// shows the counts it is given. Each count is of the events the other filters keep (a facet), so
// it says what ticking that box or choosing that language would show.
(function (KG) {
  "use strict";
  const el = KG.el;

  class Sidebar {
    constructor(root, explorer) {
      this.x = explorer;
      this.ui = explorer.ui;
      const reset = el("button", { type: "button", className: "kg-button", text: this.ui.reset,
                                   onclick: () => explorer.reset() });
      root.append(el("h2", { text: this.ui.filters }), this.typeFilter(), this.dateFilter(), this.languageFilter(),
                  this.actorFilter(), reset, this.legend());
    }

    typeFilter() {
      const x = this.x, data = x.data;
      this.typeBoxes = data.types.map((type) => el("input", {
        type: "checkbox", checked: true, "data-type": type,
        onchange: (e) => {
          if (e.target.checked) x.filters.types.add(type); else x.filters.types.delete(type);
          x.apply();
        },
      }));
      this.typeCounts = data.types.map((type) => el("span", { className: "kg-count", "data-type": type }));
      const setAll = (on) => () => {
        this.typeBoxes.forEach((box) => { box.checked = on; });
        x.filters.types = new Set(on ? data.types : []);
        x.apply();
      };
      return el("fieldset", { className: "kg-types kg-legend" }, [
        el("legend", { text: this.ui.types }),
        el("div", { className: "kg-all-none" }, [
          el("button", { type: "button", className: "kg-link", text: this.ui.all, onclick: setAll(true) }), " · ",
          el("button", { type: "button", className: "kg-link", text: this.ui.none, onclick: setAll(false) }),
        ]),
        ...data.types.map((type, i) => el("label", { className: "kg-check" }, [
          this.typeBoxes[i], KG.swatch("box", data.typeColours[type]), x.typeText(type), this.typeCounts[i],
        ])),
      ]);
    }

    dateFilter() {
      const x = this.x;
      const days = x.events.map((ev) => ev.start).filter(Boolean).sort();
      const ends = x.events.map((ev) => ev.end).filter(Boolean).sort();
      const input = (key) => el("input", { type: "date", min: days[0], max: ends[ends.length - 1],
                                            onchange: (e) => { x.filters[key] = e.target.value; x.apply(); } });
      this.fromInput = input("from");
      this.toInput = input("to");
      return el("fieldset", { className: "kg-dates" }, [
        el("legend", { text: this.ui.dates }),
        el("label", {}, [el("span", { text: this.ui.from }), this.fromInput]),
        el("label", {}, [el("span", { text: this.ui.to }), this.toInput]),
      ]);
    }

    languageFilter() {
      const x = this.x;
      this.langOptions = x.data.languages.map((code) => el("option", { value: code }));
      this.langSelect = el("select", { onchange: (e) => { x.filters.lang = e.target.value; x.apply(); } }, [
        el("option", { value: "", text: this.ui.any_language }), ...this.langOptions,
      ]);
      return el("fieldset", { className: "kg-language" }, [el("legend", { text: this.ui.language }), this.langSelect]);
    }

    // Typing filters to the actors whose names match; one match (or an exact name) is also
    // centred and selected; Enter does that for the first match.
    actorFilter() {
      const x = this.x;
      const run = KG.debounce(() => { x.apply(); x.focusMatch(false); }, 150);
      this.searchInput = el("input", {
        type: "search", placeholder: this.ui.search, "aria-label": this.ui.search,
        oninput: (e) => { x.filters.query = e.target.value; x.filters.pinned = new Set(); run(); },
        onkeydown: (e) => { if (e.key === "Enter") { x.apply(); x.focusMatch(true); } },
      });
      this.matchList = el("ul", { className: "kg-matches" });
      return el("fieldset", { className: "kg-actors" },
                [el("legend", { text: this.ui.actors }), this.searchInput, this.matchList]);
    }

    // typeCounts: type → events; langCounts: language → events (each under the other filters).
    counts(typeCounts, langCounts) {
      this.typeCounts.forEach((span) => { span.textContent = String(typeCounts[span.dataset.type] || 0); });
      this.langOptions.forEach((option) => {
        const name = this.x.strings.languages[option.value] || option.value;
        option.textContent = name + " (" + (langCounts[option.value] || 0) + ")";
      });
    }

    showMatches(matches) {
      KG.clear(this.matchList);
      if (!matches) return;
      if (!matches.length) this.matchList.append(el("li", { className: "kg-muted", text: this.ui.no_matches }));
      matches.slice(0, 8).forEach((a) => this.matchList.append(el("li", {}, [this.x.panel.actorButton(a)])));
      if (matches.length > 8) {
        const more = KG.fmt(this.ui.more_matches, { n: matches.length - 8 });
        this.matchList.append(el("li", { className: "kg-muted", text: more }));
      }
    }

    setDates(from, to) {
      this.fromInput.value = from;
      this.toInput.value = to;
    }

    setSearch(text) { this.searchInput.value = text; }

    legend() {
      const data = this.x.data;
      const kinds = data.kinds.map((kind) => {
        const style = data.kindStyles[kind];
        return el("li", {}, [KG.swatch(style.shape, style.colour), this.x.strings.kinds[kind] || kind]);
      });
      return el("section", { className: "kg-legend kg-kinds" }, [el("h2", { text: this.ui.nodes }), el("ul", {}, kinds)]);
    }

    reset() {
      this.typeBoxes.forEach((box) => { box.checked = true; });
      this.fromInput.value = this.toInput.value = this.searchInput.value = this.langSelect.value = "";
    }
  }

  KG.Sidebar = Sidebar;
})(window.KG = window.KG || {});
