/**
 * The REST extension point. A bundle contributes endpoints under {@code /api/v1} by registering a
 * {@link se.avtalsvakt.rest.RestResource} service; the platform's dispatcher picks it up and drops it again when
 * the bundle goes, and handles login, roles, JSON and errors (application/problem+json) for it.
 */
@Version("1.2.0")
package se.avtalsvakt.rest;

import org.osgi.annotation.versioning.Version;
