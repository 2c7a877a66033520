/**
 * What every feature uses: resource names, paging, the schema migration and the database readiness check.
 * Kept small on purpose; feature logic lives in its feature package.
 */
package org.pollcam.shared;
