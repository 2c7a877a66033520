/*
 * The stations map: Leaflet without any tile server. Region outlines (GeoJSON from /api/public/map) are the hulls of
 * each region's stations; a dot per station with cameras, coloured by its state now; a click opens its page.
 */
(function () {
    'use strict';
    var box = document.getElementById('map');
    if (!box || !window.L) {
        return;
    }
    var colours = {LIVE: '#b3261e', FAULT: '#c76b00', OFF: '#6b7785'};
    var map = L.map(box, {preferCanvas: true, attributionControl: false, zoomSnap: 0.25});
    map.fitBounds([[38.3, 44.7], [41.95, 50.6]]);
    var stations = L.layerGroup().addTo(map);
    function load() {
        fetch(box.dataset.source, {credentials: 'omit'}).then(function (r) { return r.json(); }).then(function (data) {
            if (!box.dataset.loaded) {
                var outlines = L.geoJSON(data.regions, {
                    style: {color: '#0b5cad', weight: 1, fillColor: '#dfe9f5', fillOpacity: 0.6},
                    onEachFeature: function (feature, layer) {
                        layer.bindTooltip(feature.properties.name, {sticky: true});
                    }
                }).addTo(map);
                outlines.bringToBack();
                map.fitBounds(outlines.getBounds(), {padding: [8, 8]});
                box.dataset.loaded = 'true';
            }
            stations.clearLayers();
            var order = {OFF: 0, LIVE: 1, FAULT: 2};
            data.stations.sort(function (a, b) { return order[a.state] - order[b.state]; });
            data.stations.forEach(function (s) {
                L.circleMarker([s.lat, s.lon], {radius: 4, weight: 1, color: '#fff', fillColor: colours[s.state],
                    fillOpacity: 0.9})
                    .bindPopup('<a href="' + box.dataset.station + s.id + '">' + s.code + '</a> · '
                        + box.dataset['text' + s.state])
                    .addTo(stations);
            });
            box.dataset.stations = String(data.stations.length);
        }).catch(function () { /* the list of stations stays available */ });
    }
    load();
    setInterval(load, 30000);
}());
