package mux

// Route matchers and names of gorilla/mux v1.8.1 (route.go, mux.go),
// chained on a route like Methods (testdata/src/handler/routesx).

func (r *Route) Name(name string) *Route          { panic("stub") }
func (r *Route) Host(tpl string) *Route           { panic("stub") }
func (r *Route) Schemes(schemes ...string) *Route { panic("stub") }
func (r *Route) Headers(pairs ...string) *Route   { panic("stub") }

func (r *Router) Name(name string) *Route          { panic("stub") }
func (r *Router) Host(tpl string) *Route           { panic("stub") }
func (r *Router) Schemes(schemes ...string) *Route { panic("stub") }
func (r *Router) Headers(pairs ...string) *Route   { panic("stub") }
