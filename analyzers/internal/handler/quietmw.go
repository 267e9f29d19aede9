package handler

// ---- third-party middleware known to verify nothing -------------------------------
//
// A route behind middleware from a package whose code is not judged
// (a library) counts as verified (mounts.go routeVerified): the library
// might check the signature. Some libraries are known never to: they
// trace a request, or serve a static file and pass every other path on
// with c.Next(). Engine-wide, they sit in front of every webhook:
//
//	r.Use(otelgin.Middleware("svc"), static.Serve("/", folder))
//	api.POST("/sumup/webhook", h.Webhook)   // still unverified
//
// Precision: whole packages by import path, each known to hold only
// such middleware; anything else from a library keeps the route silent.
var quietMiddleware = map[string]bool{
	// OpenTelemetry tracing for gin: spans and propagation only.
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin": true,
	// Static files for gin: serves a file that exists, else c.Next().
	"github.com/gin-contrib/static": true,
}
