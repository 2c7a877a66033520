/**
 * The station registry: regions, constituencies, polling stations, their webcams and elections. Read-mostly; the
 * public reads it through {@code StationDirectory}, administrators change it through {@code StationAdministration}
 * and {@code RegistryTransfer} (CSV), the control center reads camera addresses through {@code CameraDirectory}.
 */
package org.pollcam.registry;
