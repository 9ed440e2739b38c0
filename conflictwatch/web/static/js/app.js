// conflictwatch web UI: the event map (vendored Leaflet, offline boundaries and labels,
// markers grouped into clusters) and the timeline chart (plain SVG, zoomable). Loaded as a
// file: the CSP forbids inline script. The server sends aggregates (places with counts,
// bars with counts), never every event.
(function () {
  "use strict";

  var COLORS = {
    protest: "#1f77b4", strike: "#ff7f0e", blockade: "#8c564b", riot: "#d62728",
    state_of_emergency: "#9467bd", deployment: "#7f7f7f", crackdown: "#e377c2",
    arrest: "#bcbd22", legal_action: "#17becf", negotiation: "#2ca02c",
    agreement: "#98df8a", suspension: "#c5b0d5", mixed: "#334e68"
  };
  function color(t) { return COLORS[t] || "#444"; }
  function label(t) { return String(t || "").replace(/_/g, " "); }

  // --- map ----------------------------------------------------------------------------

  var labelsPromise = null;   // map-labels.json, fetched once per page
  function loadLabels(url) {
    if (!labelsPromise) {
      labelsPromise = fetch(url).then(function (r) { return r.json(); });
    }
    return labelsPromise;
  }

  // Layer order, bottom to top: country fills, first-level lines, place labels, markers.
  function makePanes(map) {
    [["countries", 210], ["admin1", 220], ["labels", 300]].forEach(function (p) {
      var pane = map.createPane(p[0]);
      pane.style.zIndex = p[1];
      pane.style.pointerEvents = "none";
    });
  }

  function addBoundaries(map, el, url) {
    return fetch(url).then(function (r) { return r.json(); }).then(function (gj) {
      var countries = { type: "FeatureCollection", features: [] };
      var lines = { type: "FeatureCollection", features: [] };
      gj.features.forEach(function (f) {
        (f.properties.kind === "admin1" ? lines : countries).features.push(f);
      });
      L.geoJSON(countries, {
        pane: "countries", interactive: false,
        style: function () { return { color: "#7b8794", weight: 0.9, fillColor: "#f4f1ea", fillOpacity: 1 }; }
      }).addTo(map);
      L.geoJSON(lines, {
        pane: "admin1", interactive: false,
        style: function () { return { color: "#8c96a3", weight: 0.7, opacity: 0.9, fill: false, dashArray: "3 3" }; }
      }).addTo(map);
      el.classList.add("boundaries-ready");
    });
  }

  // Place labels: countries from zoom 3, first-level divisions from zoom 5, big towns from
  // zoom 6; only those inside the view are drawn.
  function addLabels(map, el, url) {
    var layer = L.layerGroup().addTo(map);
    function draw(data) {
      layer.clearLayers();
      var z = map.getZoom(), b = map.getBounds().pad(0.1), placed = [];
      // greedy: a label that would overlap one already drawn is left out
      function put(name, lat, lon, cls) {
        if (!b.contains([lat, lon]) || placed.length > 300) { return; }
        var pt = map.latLngToContainerPoint([lat, lon]);
        var w = name.length * (cls === "lbl-country" ? 8 : 6.5) / 2 + 6, h = 9;
        for (var i = 0; i < placed.length; i++) {
          var q = placed[i];
          if (Math.abs(q.x - pt.x) < q.w + w && Math.abs(q.y - pt.y) < q.h + h) { return; }
        }
        placed.push({ x: pt.x, y: pt.y, w: w, h: h });
        L.marker([lat, lon], {
          pane: "labels", interactive: false, keyboard: false,
          icon: L.divIcon({ className: "map-label " + cls, html: "", iconSize: null })
        }).addTo(layer).getElement().textContent = name;
      }
      if (z >= 6) { data.towns.forEach(function (t) { put(t[0], t[2], t[3], "lbl-town"); }); }
      if (z >= 3) { data.countries.forEach(function (c) { put(c[0], c[1], c[2], "lbl-country"); }); }
      if (z >= 5) { data.admin1.forEach(function (a) { put(a[0], a[2], a[3], "lbl-admin1"); }); }
    }
    return loadLabels(url).then(function (data) {
      draw(data);
      map.on("moveend", function () { draw(data); });
      el.classList.add("labels-ready");
    });
  }

  // Clusters: places closer than RADIUS pixels at the current zoom are drawn as one circle
  // with the number of events; a click zooms in (or, at the last zoom, lists the places).
  var RADIUS = 36;
  function clusterPoints(map, points) {
    // greedy, busiest places first: a place joins the first cluster within RADIUS pixels
    var out = [], z = map.getZoom();
    points.slice().sort(function (a, b) { return b.n - a.n; }).forEach(function (p) {
      var px = map.project([p.lat, p.lon], z), c = null;
      for (var i = 0; i < out.length; i++) {
        if (Math.abs(out[i].x - px.x) < RADIUS && Math.abs(out[i].y - px.y) < RADIUS) { c = out[i]; break; }
      }
      if (!c) {
        c = { members: [], n: 0, lat: 0, lon: 0, x: px.x, y: px.y };
        out.push(c);
      }
      c.members.push(p);
      c.n += p.n;
      c.lat += p.lat * p.n;
      c.lon += p.lon * p.n;
    });
    out.forEach(function (c) { c.lat /= c.n; c.lon /= c.n; });
    return out;
  }

  function popupFor(el, p) {
    var box = document.createElement("div");
    var a = document.createElement("a");
    if (p.n === 1) {
      a.href = "/events/" + encodeURIComponent(p.id);
      a.textContent = label(p.type) + " · " + p.label;     // text, never HTML
    } else {
      var base = el.getAttribute("data-link-base") || "/events";
      var q = [];
      if (p.country) { q.push("country=" + encodeURIComponent(p.country)); }
      if (p.admin1) { q.push("admin1=" + encodeURIComponent(p.admin1)); }
      a.href = base + (q.length ? (base.indexOf("?") < 0 ? "?" : "&") + q.join("&") : "");
      a.textContent = p.n + " events · " + p.label;
    }
    box.appendChild(a);
    return box;
  }

  function drawMarkers(map, el, layer, points) {
    layer.clearLayers();
    clusterPoints(map, points).forEach(function (c) {
      var m, p = c.members[0];
      if (c.members.length === 1 && p.n === 1) {         // one event: a dot in its type's colour
        m = L.circleMarker([p.lat, p.lon], {
          radius: 7, color: "#1f2933", weight: 1, fillColor: color(p.type), fillOpacity: 0.9,
          className: "event-marker"
        });
        m.bindPopup(popupFor(el, p));
        m.bindTooltip(p.label, { direction: "top", offset: [0, -6] });
        m.addTo(layer);
        return;
      }
      var size = Math.round(Math.min(24 + Math.log(c.n) * 6, 56));
      var one = c.members.length === 1;                  // one place, several events
      m = L.marker([c.lat, c.lon], {
        icon: L.divIcon({ className: one ? "event-place t-" + p.type : "event-cluster", html: "",
                          iconSize: [size, size] }),
        title: one ? p.label + ": " + p.n + " events" : c.members.length + " places, " + c.n + " events"
      });
      if (one) {
        m.bindPopup(popupFor(el, p));
      } else {
        m.on("click", function () {
          var b = L.latLngBounds(c.members.map(function (q) { return [q.lat, q.lon]; }));
          map.fitBounds(b.pad(0.5), { maxZoom: Math.min(map.getZoom() + 3, map.getMaxZoom()) });
        });
      }
      m.addTo(layer);
      m.getElement().textContent = String(c.n);
    });
  }

  function initMap(el) {
    if (!window.L) { return; }
    var data;
    try { data = JSON.parse(el.getAttribute("data-points") || "{}"); } catch (e) { data = {}; }
    var points = (data && data.points) || [];
    var map = L.map(el, { worldCopyJump: true, attributionControl: true, minZoom: 2, maxZoom: 12 })
      .setView([-12, -70], 3);
    el.classList.add("map-ready");
    makePanes(map);
    var tileUrl = el.getAttribute("data-tile-url");
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: "tiles: configured server" }).addTo(map);
    }
    map.attributionControl.addAttribution("Natural Earth, GeoNames");
    var markers = L.layerGroup().addTo(map);
    var redraw = function () { drawMarkers(map, el, markers, points); };
    map.on("zoomend", redraw);
    if (points.length === 1) {
      map.setView([points[0].lat, points[0].lon], 7);
    } else if (points.length > 1) {
      map.fitBounds(L.latLngBounds(points.map(function (p) { return [p.lat, p.lon]; })).pad(0.2), { maxZoom: 8 });
    }
    redraw();
    el.setAttribute("data-n-markers", String(points.length));
    var url = el.getAttribute("data-boundaries");
    var jobs = [];
    if (url && !tileUrl) {
      jobs.push(addBoundaries(map, el, url));
    }
    var labels = el.getAttribute("data-labels");
    if (labels) { jobs.push(addLabels(map, el, labels)); }
    Promise.all(jobs).catch(function () { el.classList.add("boundaries-failed"); });
    el.leafletMap = map;
  }

  // --- timeline -----------------------------------------------------------------------

  var SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, parent) {
    var n = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(n); }
    return n;
  }

  // Stacked bars: one bar a bucket (day, week, month or year, chosen by the server so that
  // there are at most a few hundred), one colour a type, a legend below. With a zoom base,
  // a click on a bar shows that bucket's events (its dates become the filter).
  function initTimeline(el) {
    var data;
    try { data = JSON.parse(el.getAttribute("data-series")); } catch (e) { return; }
    if (!data || !data.buckets || !data.buckets.length) { return; }
    var zoomBase = el.getAttribute("data-zoom-base");
    var cs = window.getComputedStyle(el);
    var inner = (el.clientWidth || 600) - parseFloat(cs.paddingLeft || 0) - parseFloat(cs.paddingRight || 0);
    var W = Math.max(inner, 300), H = 200, padL = 34, padB = 24, padT = 8;
    var n = data.buckets.length;
    var totals = data.buckets.map(function (_, i) {
      return data.types.reduce(function (s, t) { return s + data.counts[t][i]; }, 0);
    });
    var max = Math.max.apply(null, totals.concat([1]));
    var bw = (W - padL - 4) / n;
    var gap = bw > 6 ? 1 : 0;
    var root = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
                            "aria-label": "events per " + data.bucket + " by type" }, el);
    var scale = function (v) { return (H - padB - padT) * v / max; };
    svg("line", { x1: padL, y1: H - padB, x2: W, y2: H - padB, stroke: "#999" }, root);
    [0, Math.ceil(max / 2), max].forEach(function (v) {
      var y = H - padB - scale(v);
      svg("line", { x1: padL, y1: y, x2: W, y2: y, stroke: "#eef0f2" }, root);
      var t = svg("text", { x: padL - 4, y: y + 4, "text-anchor": "end", "font-size": 10, fill: "#555" }, root);
      t.textContent = String(v);
    });
    var minLabelPx = 64, every = Math.max(1, Math.ceil(minLabelPx / bw));
    data.buckets.forEach(function (w, i) {
      var x = padL + i * bw + gap;
      var g = svg("g", { "class": "bucket" }, root);
      // a full-height hit area, so that thin bars are easy to click
      var hit = svg("rect", { x: x, y: padT, width: Math.max(bw - gap, 1), height: H - padB - padT,
                              fill: "transparent", "class": "hit" }, g);
      var tip = svg("title", {}, hit);
      tip.textContent = w + ": " + totals[i] + " event" + (totals[i] === 1 ? "" : "s");
      var y = H - padB;
      data.types.forEach(function (t) {
        var v = data.counts[t][i];
        if (!v) { return; }
        var h = Math.max(scale(v), 1.5);
        y -= h;
        var r = svg("rect", { x: x, y: y, width: Math.max(bw - 2 * gap, 1), height: h,
                              fill: color(t), "class": "bar" }, g);
        var title = svg("title", {}, r);
        title.textContent = w + ": " + v + " " + label(t);
      });
      if (zoomBase && totals[i]) {
        g.setAttribute("tabindex", "0");
        g.setAttribute("role", "link");
        var go = function () {
          var span = data.spans[i];
          var sep = zoomBase.indexOf("?") < 0 ? "?" : "&";
          window.location.href = zoomBase + sep + "date_from=" + span[0] + "&date_to=" + span[1];
        };
        g.addEventListener("click", go);
        g.addEventListener("keydown", function (e) { if (e.key === "Enter") { go(); } });
      }
      if (i % every === 0) {
        var lab = svg("text", { x: x, y: H - 8, "font-size": 10, fill: "#555" }, root);
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
      li.appendChild(document.createTextNode(label(t)));
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
