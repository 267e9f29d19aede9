package app

// Redirect returns an HTTP redirect to uri with statusCode (context.go of
// v0.10.1).
func (ctx *RequestContext) Redirect(statusCode int, uri []byte) {}
