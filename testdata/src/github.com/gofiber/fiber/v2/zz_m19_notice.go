package fiber

// BodyParser binds the request body to a struct or a map (checked:
// fiber v2.52.0 ctx.go).
func (c *Ctx) BodyParser(out interface{}) error { panic("stub") }

// StatusForbidden (checked: fiber v2.52.0 helpers.go).
const StatusForbidden = 403 // RFC 9110, 15.5.4
