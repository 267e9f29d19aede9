package fiber

// Locals stores a value for the request (c.Locals(key, value)) or reads
// it back (c.Locals(key)) (checked: fiber v2.52.0 ctx.go).
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { panic("stub") }
