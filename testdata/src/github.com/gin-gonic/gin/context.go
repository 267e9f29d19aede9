package gin

import "net/http"

// ResponseWriter is gin's response writer.
type ResponseWriter interface {
	http.ResponseWriter
}

// Param is a single URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice.
type Params []Param

// Context is the most important part of gin.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter
	Params  Params
	Keys    map[any]any
}

func (c *Context) Next()                                         { panic("stub") }
func (c *Context) Abort()                                        { panic("stub") }
func (c *Context) AbortWithStatus(code int)                      { panic("stub") }
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)     { panic("stub") }
func (c *Context) AbortWithError(code int, err error) *Error     { panic("stub") }
func (c *Context) Param(key string) string                       { panic("stub") }
func (c *Context) Query(key string) (value string)               { panic("stub") }
func (c *Context) DefaultQuery(key, defaultValue string) string  { panic("stub") }
func (c *Context) GetQuery(key string) (string, bool)            { panic("stub") }
func (c *Context) PostForm(key string) (value string)            { panic("stub") }
func (c *Context) ShouldBindJSON(obj any) error                  { panic("stub") }
func (c *Context) Status(code int)                               { panic("stub") }
func (c *Context) GetHeader(key string) string                   { panic("stub") }
func (c *Context) GetRawData() ([]byte, error)                   { panic("stub") }
func (c *Context) JSON(code int, obj any)                        { panic("stub") }
func (c *Context) String(code int, format string, values ...any) { panic("stub") }
func (c *Context) Redirect(code int, location string)            { panic("stub") }
func (c *Context) HTML(code int, name string, obj any)           { panic("stub") }

// Error represents an error's specification.
type Error struct {
	Err  error
	Type uint64
	Meta any
}

func (msg Error) Error() string { panic("stub") }
