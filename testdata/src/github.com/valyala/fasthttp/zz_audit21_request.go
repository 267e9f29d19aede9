package fasthttp

// Status codes (status.go of v1.62.0).
const (
	StatusOK           = 200
	StatusAccepted     = 202
	StatusBadRequest   = 400
	StatusUnauthorized = 401
	StatusNotFound     = 404
	StatusBadGateway   = 502
)

// Request is an HTTP request (http.go); only its Header here.
type Request struct {
	Header RequestHeader
}

// RequestHeader is the request's header (header.go).
type RequestHeader struct{}

// Peek returns the header value for the given key.
func (h *RequestHeader) Peek(key string) []byte { return nil }

// Path returns the requested path (server.go).
func (ctx *RequestCtx) Path() []byte { return nil }

// UserValue returns the value stored via SetUserValue* under the given key
// (fasthttp/router stores path parameters there).
func (ctx *RequestCtx) UserValue(key any) any { return nil }
