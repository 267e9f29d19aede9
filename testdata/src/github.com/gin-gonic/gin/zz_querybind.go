package gin

// Declarations added for the query-string notification corpus
// (testdata/src/querynotify): binding the URL query into a struct.

func (c *Context) ShouldBindQuery(obj any) error { panic("stub") }
func (c *Context) BindQuery(obj any) error       { panic("stub") }
