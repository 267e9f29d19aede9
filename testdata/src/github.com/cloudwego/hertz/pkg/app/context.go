// Package app is a stub of github.com/cloudwego/hertz/pkg/app (v0.10.1):
// only what paylint's tests use.
package app

import "context"

// HandlerFunc is a hertz handler.
type HandlerFunc func(c context.Context, ctx *RequestContext)

// RequestContext is the request context.
type RequestContext struct{}

func (ctx *RequestContext) String(code int, format string, values ...interface{}) { panic("stub") }
func (ctx *RequestContext) SetStatusCode(statusCode int)                          { panic("stub") }
func (ctx *RequestContext) Param(key string) string                               { panic("stub") }
func (ctx *RequestContext) AbortWithStatus(code int)                              { panic("stub") }
func (ctx *RequestContext) JSON(code int, obj interface{})                        { panic("stub") }
func (ctx *RequestContext) GetHeader(key string) []byte                           { panic("stub") }
func (ctx *RequestContext) GetRawData() []byte                                    { panic("stub") }
func (ctx *RequestContext) Query(key string) string                               { panic("stub") }
func (ctx *RequestContext) DefaultQuery(key, defaultValue string) string          { panic("stub") }
func (ctx *RequestContext) PostForm(key string) string                            { panic("stub") }
func (ctx *RequestContext) Bind(obj interface{}) error                            { panic("stub") }
