/**
 * The load benchmark (issue 7): a Gatling simulation ({@link kz.ordo.bench.OrdoLoadSimulation}) that drives the
 * pages and the REST API of a running Ordo the way a browser and an integration do, its setup
 * ({@link kz.ordo.bench.OrdoSetup}: department id, REST tokens through the users page) and the report writer
 * ({@link kz.ordo.bench.LoadReport}). Built and run only by the {@code load} profile of this module:
 * {@code mvn -B -pl wildfly-config -Pload verify}.
 */
package kz.ordo.bench;
