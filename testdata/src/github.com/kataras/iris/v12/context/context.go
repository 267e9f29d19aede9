// Package context is a stub of github.com/kataras/iris/v12/context
// (v12.2.11): only what paylint's tests use.
package context

// Handler is the iris handler.
type Handler = func(*Context)

// Context is the request context.
type Context struct{}

func (ctx *Context) GetHeader(name string) string                          { panic("stub") }
func (ctx *Context) StatusCode(statusCode int)                             { panic("stub") }
func (ctx *Context) URLParam(name string) string                           { panic("stub") }
func (ctx *Context) URLParamDefault(name string, def string) string        { panic("stub") }
func (ctx *Context) FormValue(name string) string                          { panic("stub") }
func (ctx *Context) PostValue(name string) string                          { panic("stub") }
func (ctx *Context) GetBody() ([]byte, error)                              { panic("stub") }
func (ctx *Context) ReadJSON(outPtr interface{}, opts ...JSONReader) error { panic("stub") }
func (ctx *Context) WriteString(body string) (n int, err error)            { panic("stub") }
func (ctx *Context) JSON(v interface{}, opts ...JSON) (err error)          { panic("stub") }

// JSONReader holds JSON decoding options.
type JSONReader struct{}

// JSON holds JSON encoding options.
type JSON struct{}
