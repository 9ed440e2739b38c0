// conflictwatch web UI: the event map (vendored Leaflet, offline boundaries) and the weekly
// timeline chart (plain SVG). Loaded as a file: the CSP forbids inline script.
(function () {
  "use strict";

  var COLORS = {
    protest: "#1f77b4", strike: "#ff7f0e", blockade: "#8c564b", riot: "#d62728",
    state_of_emergency: "#9467bd", deployment: "#7f7f7f", crackdown: "#e377c2",
    arrest: "#bcbd22", legal_action: "#17becf", negotiation: "#2ca02c",
    agreement: "#98df8a", suspension: "#c5b0d5"
  };
  function color(t) { return COLORS[t] || "#444"; }

  function initMap(el) {
    if (!window.L) { return; }
    var map = L.map(el, { worldCopyJump: true, attributionControl: true }).setView([-10, -70], 3);
    el.classList.add("map-ready");
    var tileUrl = el.getAttribute("data-tile-url");
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: "tiles: configured server" }).addTo(map);
    }
    map.attributionControl.addAttribution("Natural Earth");
    var points = [];
    var markers = L.featureGroup().addTo(map);
    el.querySelectorAll(".map-points li").forEach(function (li) {
      var lat = parseFloat(li.getAttribute("data-lat"));
      var lon = parseFloat(li.getAttribute("data-lon"));
      if (isNaN(lat) || isNaN(lon)) { return; }
      var type = li.getAttribute("data-type");
      var m = L.circleMarker([lat, lon], {
        radius: 7, color: "#222", weight: 1, fillColor: color(type), fillOpacity: 0.85
      });
      var link = document.createElement("a");
      link.href = "/events/" + encodeURIComponent(li.getAttribute("data-id"));
      link.textContent = li.getAttribute("data-label");   // text, never HTML
      m.bindPopup(link);
      m.addTo(markers);
      points.push([lat, lon]);
    });
    var url = el.getAttribute("data-boundaries");
    if (url && !tileUrl) {
      fetch(url).then(function (r) { return r.json(); }).then(function (gj) {
        var layer = L.geoJSON(gj, {
          style: function (f) {
            return f.properties.kind === "admin1"
              ? { color: "#9aa5b1", weight: 0.6, fill: false, dashArray: "2 3" }
              : { color: "#7b8794", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 };
          },
          interactive: false
        }).addTo(map);
        layer.bringToBack();
        el.classList.add("boundaries-ready");
      }).catch(function () { el.classList.add("boundaries-failed"); });
    }
    if (points.length === 1) {
      map.setView(points[0], 7);
    } else if (points.length > 1) {
      map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 8 });
    }
  }

  var SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, parent) {
    var n = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(n); }
    return n;
  }

  // Stacked bars: one bar a week, one colour a type, a legend below.
  function initTimeline(el) {
    var data;
    try { data = JSON.parse(el.getAttribute("data-series")); } catch (e) { return; }
    if (!data || !data.weeks || !data.weeks.length) { return; }
    var W = Math.max(el.clientWidth || 600, 300), H = 180, padL = 30, padB = 22, padT = 8;
    var n = data.weeks.length;
    var totals = data.weeks.map(function (_, i) {
      return data.types.reduce(function (s, t) { return s + data.counts[t][i]; }, 0);
    });
    var max = Math.max.apply(null, totals.concat([1]));
    var bw = (W - padL - 4) / n;
    var root = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
                            "aria-label": "events per week by type" }, el);
    var scale = function (v) { return (H - padB - padT) * v / max; };
    svg("line", { x1: padL, y1: H - padB, x2: W, y2: H - padB, stroke: "#999" }, root);
    var ticks = [0, Math.ceil(max / 2), max];
    ticks.forEach(function (v) {
      var y = H - padB - scale(v);
      var t = svg("text", { x: padL - 4, y: y + 4, "text-anchor": "end", "font-size": 10, fill: "#555" }, root);
      t.textContent = String(v);
    });
    data.weeks.forEach(function (w, i) {
      var y = H - padB;
      data.types.forEach(function (t) {
        var v = data.counts[t][i];
        if (!v) { return; }
        var h = scale(v);
        y -= h;
        var r = svg("rect", { x: padL + i * bw + 1, y: y, width: Math.max(bw - 2, 1), height: h,
                              fill: color(t), "class": "bar" }, root);
        var title = svg("title", {}, r);
        title.textContent = "week of " + w + ": " + v + " " + t.replace(/_/g, " ");
      });
      var every = Math.max(1, Math.ceil(n / 8));
      if (i % every === 0) {
        var lab = svg("text", { x: padL + i * bw + 1, y: H - 6, "font-size": 10, fill: "#555" }, root);
        lab.textContent = w;
      }
    });
    var legend = document.createElement("ul");
    legend.className = "legend";
    data.types.forEach(function (t) {
      var li = document.createElement("li");
      var sw = document.createElement("span");
      sw.className = "swatch t-" + t;
      li.appendChild(sw);
      li.appendChild(document.createTextNode(t.replace(/_/g, " ")));
      legend.appendChild(li);
    });
    el.appendChild(legend);
    el.classList.add("timeline-ready");
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".map").forEach(initMap);
    document.querySelectorAll(".timeline").forEach(initTimeline);
  });
})();
