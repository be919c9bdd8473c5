// Package studio is the web page behind "hueprint studio": a palette
// builder, previews, exports, and image checks and extraction, served over
// HTTP from assets embedded in the binary (no CDN, no web font, no
// JavaScript framework).
//
// New returns the handler; Server wraps it with timeouts. The handler
// calls the same library code as the CLI, through the same options: a
// State (the page's URL query, see ParseState) gives the generate.Options
// of "hueprint palette"; each palette is read back from its JSON file as
// the CLI's commands read it; exports use the writers of "hueprint export"
// (export.Format, with its file extension and media type), checks the measurer and report of "hueprint check", banners
// and cards package render with the CLI's --simulate. Words of the page
// are in one English/French table (text.go).
//
// Endpoints, all GET unless said: / and /static/… (the page), /api/meta,
// /api/suggest?q=, /api/palette, /api/contrast, /api/swatch.png,
// /api/banner.png?preset=, /api/scheme (the light and dark UI schemes of
// "hueprint scheme"), /api/scheme.html (the landing page of "hueprint
// preview"), /api/export?to= (with scheme=1, the formats of "hueprint
// export --scheme", export.SchemeFormats), /api/kit.zip, POST /api/check and
// POST /api/extract (the image's bytes as the body).
// Errors are JSON {"error": "…"} with a 4xx status for bad input.
//
// # Security Considerations
//
// The studio is meant for loopback. Every request's Host header must name
// the address the server listens on (localhost counts for a loopback
// address), which defeats DNS rebinding; cross-origin requests that change
// state are refused (net/http's CrossOriginProtection, Sec-Fetch-Site and
// Origin), and cross-site reads of the API too. Queries are at most
// MaxQueryLength bytes with bounded tags, colours and variants; uploads at
// most Options.MaxUpload bytes, their pixel count read from the header
// before decoding (package imagefile, as the CLI). At most
// Options.MaxRenders renders run at once. Uploaded files stay in memory: no
// request path or file name ever reaches the file system. A
// Content-Security-Policy allows only the page's own scripts, styles,
// connections and frames. The scheme preview page, which carries its own
// inline script, is served with a policy of its own that forbids every
// request and sandboxes it without allow-same-origin: its script runs in
// an opaque origin and cannot reach the studio.
package studio
