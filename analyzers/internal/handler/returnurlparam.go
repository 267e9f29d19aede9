package handler

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
)

// ---- a return URL handed through a wrapper of the provider's API ------------------
//
// The app often builds the return URL where it knows the order, and a
// client of its own (another package, or a helper of this one) puts it
// into the provider's field:
//
//	ch, err := s.cc.CreateCharge(ctx, o.ID, title, cents, cur, site+"/crypto/return?order_id="+o.ID)
//	func (c *Client) CreateCharge(…, redirect string) (*Charge, error) {
//		body := ChargeRequest{…, RedirectURL: redirect} // `json:"redirect_url"`
//
// The field's value is the wrapper's parameter: it names no path, its
// caller does. The wrapper exports which parameter carries a success
// URL and under which key (ReturnURLParamFact, also through a wrapper
// of the wrapper), and the URL a caller hands it is recorded as if the
// caller had set the field itself. Only an unchanged parameter counts.

// ReturnURLParamFact, on a function: its parameters that it (or a
// function it hands them to) sets as a provider's success return URL.
type ReturnURLParamFact struct{ Params []URLParam }

// URLParam is one parameter carrying a success URL: its index (the
// receiver not counted) and the key it travels under.
type URLParam struct {
	Index int
	Key   string
}

// AFact marks ReturnURLParamFact as a fact.
func (*ReturnURLParamFact) AFact() {}

func (f *ReturnURLParamFact) String() string {
	return "success return URL parameters: " + strconv.Itoa(len(f.Params))
}

// paramURL: e, the value set under the success key, is an unchanged
// parameter of the function walked (or a pointer helper's copy of one,
// stripe.String(u)); then that parameter is recorded as carrying the
// URL, and the caller's argument will name the path.
func (c *collector) paramURL(key string, e ast.Expr) bool {
	if c.cur == nil || c.pass == nil {
		return false
	}
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 && stringish(info.TypeOf(call.Args[0])) && stringPtr(info.TypeOf(call)) {
		e = ast.Unparen(call.Args[0])
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || len(c.defs[v]) > 0 {
		return false
	}
	fn, _ := info.Defs[c.cur.Name].(*types.Func)
	if fn == nil {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) != v {
			continue
		}
		if sig.Variadic() && i == sig.Params().Len()-1 {
			return false
		}
		if c.params == nil {
			c.params = map[*types.Func]map[int]string{}
		}
		if c.params[fn] == nil {
			c.params[fn] = map[int]string{}
		}
		c.params[fn][i] = key
		return true
	}
	return false
}

// handedURL records the URL call hands a function whose parameter
// carries a success URL (this package's, or another's by its fact).
func (c *collector) handedURL(call *ast.CallExpr, fn *types.Func) {
	if fn == nil || c.pass == nil {
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			return // T.M(recv, …): the arguments are shifted
		}
	}
	ps := c.params[fn]
	if ps == nil && fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		var f ReturnURLParamFact
		if c.pass.ImportObjectFact(fn, &f) {
			ps = map[int]string{}
			for _, p := range f.Params {
				ps[p.Index] = p.Key
			}
		}
	}
	for i, key := range ps {
		if i < len(call.Args) {
			c.record(key, call.Args[i])
		}
	}
}

// forwarded walks the package again while new wrappers of this package
// are found (a caller may come before its wrapper), then exports the
// wrappers' facts.
func (c *collector) forwarded(files []*ast.File) {
	for round := 0; round < 3 && len(c.params) > 0; round++ {
		n := c.paramCount()
		for _, f := range files {
			c.walk(f)
		}
		if c.paramCount() == n {
			break
		}
	}
	for fn, ps := range c.params {
		if fn.Pkg() != c.pass.Pkg {
			continue
		}
		f := &ReturnURLParamFact{}
		for i, k := range ps {
			f.Params = append(f.Params, URLParam{Index: i, Key: k})
		}
		sort.Slice(f.Params, func(a, b int) bool { return f.Params[a].Index < f.Params[b].Index })
		c.pass.ExportObjectFact(fn, f)
	}
}

func (c *collector) paramCount() (n int) {
	for _, ps := range c.params {
		n += len(ps)
	}
	return n
}
