// Readable at any size. Labels are sized by degree, as Gephi's "label size by degree": the most
// connected actors read first as one zooms out. vis-network scales them with the zoom and leaves
// out any label smaller than THRESHOLD px on screen. The first view fits the graph only when
// its most important labels (the TOP best-connected nodes in view) then read at LEGIBLE px or
// more; otherwise it opens on the most connected node at a readable scale, and the page says so.
(function (KG) {
  "use strict";

  const FONT = { event: 14, min: 12, max: 40 }; // canvas units; a label's px on screen is this times the zoom
  const LEGIBLE = 11;   // px on screen the most important labels need in the first view
  const THRESHOLD = 8;  // px on screen under which a label is not drawn (it fades out from THRESHOLD to THRESHOLD - 1)
  const TARGET = 15;    // px of the top label when the view opens on the most connected part
  const LABEL_COLOUR = "#343434", HALO = "#ffffff"; // vis-network's default label colour; the halo of html.py's options
  const TOP = 3;        // how many of the best-connected nodes count as "the most important labels"

  KG.LEGIBLE = LEGIBLE;
  // (maxVisible, vis-network's cap on a label's size, works only with its own label scaling, which is off:
  // topFont below keeps a small graph's labels from growing huge instead)
  KG.labelScaling = { label: { enabled: false, drawThreshold: THRESHOLD } };

  const TOP_PX = 18;     // px the top label gets at the scale that fits a small graph (no bigger)

  // Canvas font size of a node of this degree, when the best-connected one in view has max and
  // gets the font top (FONT.max unless a small graph's view asks for less).
  KG.labelSize = function (degree, max, top) {
    const biggest = top || FONT.max;
    return Math.round(FONT.min + (biggest - FONT.min) * Math.sqrt(Math.max(0, degree) / Math.max(1, max)));
  };

  // The top label's font for a view that fits at this scale: TOP_PX on screen, within FONT.min + 4..FONT.max,
  // so that a small graph, which fits at a large scale, does not get huge labels.
  KG.topFont = function (scale) {
    return Math.round(Math.min(FONT.max, Math.max(FONT.min + 4, TOP_PX / Math.max(scale, 1e-6))));
  };
  KG.eventFont = FONT.event;

  // The label-overlap pass, run after each layout, zoom and filter: an actor's label that would
  // overlap the label of a better-connected actor is made transparent (the node stays, and its
  // label comes back when zooming in makes room). Events keep theirs: a box's label is its shape.
  // dataset: the vis DataSet of the view; rank(id): higher first. Returns the ids now hidden.
  KG.declutter = function (network, dataset, rank, hidden) {
    const scale = network.getScale(), placed = [], now = new Set();
    const drawn = network.body.nodeIndices.map((id) => network.body.nodes[id])
      .filter((n) => n.options.shape !== "box" && n.labelModule && n.labelModule.size && n.labelModule.size.width
                     && n.labelModule.fontOptions.size * scale >= THRESHOLD - 1)
      .sort((a, b) => rank(b.id) - rank(a.id) || a.id - b.id);
    drawn.forEach((n) => {
      const s = n.labelModule.size, box = [s.left, s.top, s.left + s.width, s.top + s.height];
      if (placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) now.add(n.id);
      else placed.push(box);
    });
    const changed = [];
    now.forEach((id) => { if (!hidden.has(id)) changed.push([id, true]); });
    hidden.forEach((id) => { if (!now.has(id) && dataset.get(id)) changed.push([id, false]); });
    dataset.update(changed.map(([id, hide]) => ({
      id, font: { size: dataset.get(id).font.size, color: hide ? "rgba(0, 0, 0, 0)" : LABEL_COLOUR,
                  strokeColor: hide ? "rgba(0, 0, 0, 0)" : HALO },
    })));
    return now;
  };

  // nodes: [{id, font, degree}] of the view. Fits the view, or zooms on the best-connected node
  // when the TOP labels would be smaller than LEGIBLE px. Returns that node's id, or null after a fit.
  KG.frame = function (network, nodes) {
    network.fit({ animation: false });
    if (!nodes.length) return null;
    const ranked = nodes.slice().sort((a, b) => b.degree - a.degree || b.font - a.font || a.id - b.id);
    const important = ranked.slice(0, TOP);
    const smallest = Math.min(...important.map((n) => n.font));
    if (smallest * network.getScale() >= LEGIBLE) return null;
    const top = ranked[0];
    const position = network.getPositions([top.id])[top.id];
    if (!position) return null;
    network.moveTo({ position, scale: Math.max(network.getScale(), TARGET / top.font), animation: false });
    return top.id;
  };
})(window.KG = window.KG || {});
