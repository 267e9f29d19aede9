package mux

// Declarations added for the precision corpus (testdata/src/precision).

func (r *Router) Path(tpl string) *Route { panic("stub") }
