package web

// Filter positions (router.go, v2.3.8).
const (
	BeforeStatic = iota
	BeforeRouter
	BeforeExec
	AfterExec
	FinishRouter
)

// FilterFunc is a filter; it stops the request by answering it.
type FilterFunc = HandleFunc

// FilterChain wraps the next filter.
type FilterChain func(next FilterFunc) FilterFunc

// FilterOpt configures a filter.
type FilterOpt func(opts *filterOpts)

type filterOpts struct{}

// InsertFilter runs filter at pos for the routes pattern matches.
func InsertFilter(pattern string, pos int, filter FilterFunc, opts ...FilterOpt) *HttpServer {
	panic("stub")
}

// InsertFilterChain wraps the routes pattern matches with filterChain.
func InsertFilterChain(pattern string, filterChain FilterChain, opts ...FilterOpt) *HttpServer {
	panic("stub")
}

// LinkNamespace configures a namespace.
type LinkNamespace func(*Namespace)

// Namespace is a group of routes under a prefix.
type Namespace struct{ prefix string }

// NewNamespace makes a namespace.
func NewNamespace(prefix string, params ...LinkNamespace) *Namespace { panic("stub") }

// Filter adds filters run "before" or "after" the namespace's routes.
func (n *Namespace) Filter(action string, filter ...FilterFunc) *Namespace { panic("stub") }

// Post routes POST rootpath to f in the namespace.
func (n *Namespace) Post(rootpath string, f HandleFunc) *Namespace { panic("stub") }

// NSBefore adds BeforeRouter filters to the namespace.
func NSBefore(filterList ...FilterFunc) LinkNamespace { panic("stub") }

// NSPost routes POST rootpath to f in the namespace.
func NSPost(rootpath string, f HandleFunc) LinkNamespace { panic("stub") }

// NSNamespace nests a namespace.
func NSNamespace(prefix string, params ...LinkNamespace) LinkNamespace { panic("stub") }

// AddNamespace serves the namespaces on the default application.
func AddNamespace(nl ...*Namespace) {}
