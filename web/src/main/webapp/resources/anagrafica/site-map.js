/*
 * GE-1: the Leaflet map of a site (area/posizione.xhtml). The draggable marker and the latitude and
 * longitude fields stay in step both ways: dragging fills the fields (and marks the form as
 * changed), typing or "Cerca" moves the marker. Without tiles the marker still works on a plain
 * background.
 */
window.AnagraficaMap = (function () {
  var map, marker, element;

  function field(name) {
    return document.getElementById(element.dataset[name]);
  }

  function point() {
    var lat = parseFloat(field("latitude").value);
    var lon = parseFloat(field("longitude").value);
    return isNaN(lat) || isNaN(lon) ? null : L.latLng(lat, lon);
  }

  function sync() {
    var p = map && point();
    if (p) {
      marker.setLatLng(p);
      map.panTo(p);
    }
  }

  function dropped() {
    var p = marker.getLatLng();
    field("latitude").value = p.lat.toFixed(6);
    field("longitude").value = p.lng.toFixed(6);
    field("latitude").dispatchEvent(new Event("input", {bubbles: true}));
  }

  function init() {
    element = document.getElementById("siteMap");
    if (!element || !window.L) {
      return;
    }
    var start = point() || L.latLng(42.5, 12.5);
    map = L.map(element).setView(start, 16);
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, {maxZoom: 19, attribution: element.dataset.attribution})
        .addTo(map);
    }
    marker = L.marker(start, {
      draggable: element.dataset.editable === "true",
      title: element.dataset.marker,
      alt: element.dataset.marker
    }).addTo(map);
    marker.on("dragend", dropped);
    document.addEventListener("change", function (event) {
      if (event.target === field("latitude") || event.target === field("longitude")) {
        sync();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
  return {sync: sync};
})();
