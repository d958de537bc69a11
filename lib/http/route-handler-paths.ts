/**
 * The public paths answered by a route handler (files, JSON, redirects) rather than a page: proxy.ts
 * leaves their Content-Security-Policy to the handler (a download's sandbox, an SVG's), since a header it
 * set would win over the handler's. The route-handler walk test keeps this list and app/ in step.
 */
const ROUTE_HANDLER_PATHS = [
  /^\/api\//,
  /^\/branding\/[^/]+$/,
  /^\/apercu\/[^/]+$/,
  /^\/calendrier\/evenements$/,
  /^\/(admin\/)?factures\/[^/]+\/(pdf|xml)$/,
  /^\/(admin\/)?documents\/[^/]+\/fichier$/,
  /^\/(admin\/)?stockage\/(fichiers\/[^/]+|televerser)$/,
  /^\/(qualite|admin\/tickets)\/[^/]+\/pieces-jointes$/,
  /^\/admin\/tickets\/export$/,
  /^\/admin\/entreprises\/choix$/,
  /^\/admin\/evaluations\/resultats\/export$/,
  /^\/admin\/qualite\/ameliorations\/export$/,
  /^\/(admin\/)?formations\/[^/]+\/dossier-audit$/,
];

export function isRouteHandlerPath(pathname: string): boolean {
  return ROUTE_HANDLER_PATHS.some((pattern) => pattern.test(pathname));
}
