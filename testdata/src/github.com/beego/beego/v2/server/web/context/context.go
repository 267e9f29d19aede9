// Package context is a stub of
// github.com/beego/beego/v2/server/web/context (v2.3.8): only what
// paylint's tests use.
package context

import "net/http"

// Context is the beego request context.
type Context struct {
	Input          *BeegoInput
	Output         *BeegoOutput
	Request        *http.Request
	ResponseWriter *Response
}

// Response wraps the http.ResponseWriter.
type Response struct{ http.ResponseWriter }

// BeegoInput reads the request.
type BeegoInput struct {
	RequestBody []byte
}

// BeegoOutput writes the response.
type BeegoOutput struct{}

func (ctx *Context) Bind(obj interface{}) error       { panic("stub") }
func (ctx *Context) Abort(status int, body string)    { panic("stub") }
func (ctx *Context) WriteString(content string)       { panic("stub") }
func (input *BeegoInput) Param(key string) string     { panic("stub") }
func (input *BeegoInput) Query(key string) string     { panic("stub") }
func (input *BeegoInput) Header(key string) string    { panic("stub") }
func (output *BeegoOutput) Body(content []byte) error { panic("stub") }
func (output *BeegoOutput) SetStatus(status int)      { panic("stub") }
