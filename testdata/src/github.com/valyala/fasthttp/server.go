// Package fasthttp is a stub of github.com/valyala/fasthttp (v1.62.0):
// only what paylint's tests use.
package fasthttp

// RequestHandler is a fasthttp handler.
type RequestHandler func(ctx *RequestCtx)

// RequestCtx is the request context; Request is the incoming request
// (server.go of v1.62.0).
type RequestCtx struct {
	Request Request
}

// Args are query or form arguments.
type Args struct{}

// URI is a request URI.
type URI struct{}

func (u *URI) QueryArgs() *Args { panic("stub") }

func (a *Args) Peek(key string) []byte { panic("stub") }

func (ctx *RequestCtx) SetStatusCode(statusCode int)      { panic("stub") }
func (ctx *RequestCtx) QueryArgs() *Args                  { panic("stub") }
func (ctx *RequestCtx) PostArgs() *Args                   { panic("stub") }
func (ctx *RequestCtx) URI() *URI                         { panic("stub") }
func (ctx *RequestCtx) FormValue(key string) []byte       { panic("stub") }
func (ctx *RequestCtx) Error(msg string, statusCode int)  { panic("stub") }
func (ctx *RequestCtx) SetBodyString(body string)         { panic("stub") }
func (ctx *RequestCtx) Write(p []byte) (int, error)       { panic("stub") }
func (ctx *RequestCtx) WriteString(s string) (int, error) { panic("stub") }
func (ctx *RequestCtx) PostBody() []byte                  { panic("stub") }

// ListenAndServe serves handler on addr.
func ListenAndServe(addr string, handler RequestHandler) error { panic("stub") }
