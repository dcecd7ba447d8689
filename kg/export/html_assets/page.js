// Runs right after pyvis's drawGraph(), in the same <script>, so before stabilisation starts.
(function () {
  "use strict";
  // Tooltip text comes from articles and is untrusted: it becomes a text node, never parsed HTML.
  function tip(text) {
    var el = document.createElement("div");
    el.className = "kg-tip";
    el.textContent = text;
    return el;
  }
  function withTips(dataset) {
    return dataset.get({ filter: function (item) { return typeof item.kgTip === "string"; } })
      .map(function (item) { return { id: item.id, title: tip(item.kgTip) }; });
  }
  nodes.update(withTips(nodes));
  edges.update(withTips(edges));
  // Lay the graph out once, then stop the simulation so big graphs stay responsive.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    document.body.setAttribute("data-kg-stable", "1");
  });
})();
