/** After a form POST: "go and GET this path" (303, relative to the request's own host, never another). */
export function seeOther(path: `/${string}`): Response {
  return new Response(null, { status: 303, headers: { location: path } });
}
