/**
 * Stands in for the "server-only" marker when server.ts loads data modules directly (Node
 * with tsx, outside Next's bundler). Those modules are still guarded inside the Next build.
 */
export {};
