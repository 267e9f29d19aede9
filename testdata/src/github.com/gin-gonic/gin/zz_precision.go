package gin

import "time"

// Declarations added for the precision corpus (testdata/src/precision).

func (c *Context) Set(key any, value any)                  { panic("stub") }
func (c *Context) Get(key any) (value any, exists bool)    { panic("stub") }
func (c *Context) MustGet(key any) any                     { panic("stub") }
func (c *Context) Deadline() (deadline time.Time, ok bool) { panic("stub") }
func (c *Context) Done() <-chan struct{}                   { panic("stub") }
func (c *Context) Err() error                              { panic("stub") }
func (c *Context) Value(key any) any                       { panic("stub") }
