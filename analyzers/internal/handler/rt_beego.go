package handler

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
	"sync"
)

// ---- beego's filters and namespaces ----------------------------------------------
//
// beego routes a handler with web.Post("/hooks/achrail", h.Transfer) on
// its default application, and puts what other frameworks call
// middleware in front of routes in two ways this file reads:
//
//	web.InsertFilter("/hooks/*", web.BeforeRouter, verifySignature)  // every route its pattern matches
//	ns := web.NewNamespace("/hooks",
//		web.NSBefore(verifySignature),                               // every route of the namespace
//		web.NSPost("/achrail", h.Transfer))
//	web.AddNamespace(ns)
//
// A filter inserted before the router or the handler (not after it), or
// a namespace's before-filter, is a route's middleware: the route is
// verified when the filter is (a filter has no next handler; it answers
// the request to stop it: filterVerifies). A namespace's prefix is part
// of its routes' paths. Filters run after the handler (AfterExec,
// FinishRouter) protect nothing.

// beegoWebPkgs hold beego's router (v2, and v1 under its old path).
var beegoWebPkgs = []string{"github.com/beego/beego/v2/server/web", "github.com/astaxie/beego"}

// beegoAfterExec is beego's AfterExec filter position: it and
// FinishRouter run once the handler has.
const beegoAfterExec = 3

// beegoFilter is a filter InsertFilter (or InsertFilterChain) puts in
// front of the routes its pattern matches.
type beegoFilter struct {
	pattern string
	known   bool // the pattern is a constant
	filter  ast.Expr
}

// beegoScan is what scanBeego finds, once per package.
type beegoScan struct {
	once    sync.Once
	parents map[*ast.CallExpr]*ast.CallExpr
	filters []beegoFilter
}

// beegoScope completes a beego route: its namespaces' prefix goes in
// front of route.Path, and the filters in front of it (inserted ones
// whose pattern matches, the namespaces' before-filters) are returned as
// the route's middleware expressions, outermost first.
func (m *Model) beegoScope(call *ast.CallExpr, recv ast.Expr, route *Route) []ast.Expr {
	fn := m.calleeFunc(call)
	if fn == nil || !contains(beegoWebPkgs, pkgOf(fn)) {
		return nil
	}
	var nsCalls []*ast.CallExpr // innermost first
	if v, ok := httpVerbs[strings.TrimPrefix(fn.Name(), "NS")]; ok && route.Method == "" {
		route.Method = v // web.NSPost(path, h)
	}
	if strings.HasPrefix(fn.Name(), "NS") {
		for c := m.beegoParents()[call]; c != nil && len(nsCalls) < 8; c = m.beegoParents()[c] {
			nsCalls = append(nsCalls, c)
		}
	} else {
		nsCalls = m.beegoNamespaceOf(recv, 0)
	}
	var nsMws []ast.Expr
	for _, ns := range nsCalls {
		if len(ns.Args) > 0 {
			if s, ok := m.constString(ns.Args[0]); ok {
				route.Path = s + route.Path
			}
		}
		var here []ast.Expr
		for _, a := range ns.Args[1:] {
			if c, ok := ast.Unparen(a).(*ast.CallExpr); ok {
				if f := m.calleeFunc(c); f != nil && contains(beegoWebPkgs, pkgOf(f)) && f.Name() == "NSBefore" {
					here = append(here, c.Args...)
				}
			}
		}
		here = append(here, m.beegoBeforeFilters(ns)...)
		nsMws = append(here, nsMws...)
	}
	var out []ast.Expr
	for _, f := range m.beegoInserted() {
		if !f.known || beegoMatch(f.pattern, route.Path) {
			out = append(out, f.filter)
		}
	}
	return append(out, nsMws...)
}

// beegoParents maps each argument call of a namespace (NSPost(...),
// NSNamespace(...), NSBefore(...)) to the namespace call holding it.
func (m *Model) beegoParents() map[*ast.CallExpr]*ast.CallExpr {
	m.beego.once.Do(m.scanBeego)
	return m.beego.parents
}

// beegoInserted lists the package's InsertFilter and InsertFilterChain
// calls that run before the handler.
func (m *Model) beegoInserted() []beegoFilter {
	m.beego.once.Do(m.scanBeego)
	return m.beego.filters
}

func (m *Model) scanBeego() {
	m.beego.parents = map[*ast.CallExpr]*ast.CallExpr{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := m.calleeFunc(call)
			if fn == nil || !contains(beegoWebPkgs, pkgOf(fn)) {
				return true
			}
			switch fn.Name() {
			case "NewNamespace", "NSNamespace":
				for _, a := range call.Args {
					if c, ok := ast.Unparen(a).(*ast.CallExpr); ok {
						m.beego.parents[c] = call
					}
				}
			case "InsertFilter", "InsertFilterChain":
				fi := 2 // InsertFilter(pattern, pos, filter, opts...)
				if fn.Name() == "InsertFilterChain" {
					fi = 1 // InsertFilterChain(pattern, chain, opts...)
				} else if len(call.Args) > 1 {
					if tv, ok := m.pass.TypesInfo.Types[call.Args[1]]; ok && tv.Value != nil && tv.Value.Kind() == constant.Int {
						if pos, ok := constant.Int64Val(tv.Value); ok && pos >= beegoAfterExec {
							return true // after the handler: protects nothing
						}
					}
				}
				if len(call.Args) <= fi {
					return true
				}
				pat, known := m.constString(call.Args[0])
				m.beego.filters = append(m.beego.filters, beegoFilter{pattern: pat, known: known, filter: call.Args[fi]})
			}
			return true
		})
	}
}

// beegoNamespaceOf returns the namespace calls a *Namespace value comes
// from (ns := web.NewNamespace(...); ns.Post(...)), innermost first.
func (m *Model) beegoNamespaceOf(e ast.Expr, depth int) []*ast.CallExpr {
	if e == nil || depth > 8 {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := m.pass.TypesInfo.Uses[x].(*types.Var); ok {
			return m.beegoNamespaceOf(m.initOf(v), depth+1)
		}
	case *ast.CallExpr:
		fn := m.calleeFunc(x)
		if fn == nil || !contains(beegoWebPkgs, pkgOf(fn)) {
			return nil
		}
		if fn.Name() == "NewNamespace" {
			return []*ast.CallExpr{x}
		}
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok { // web.NewNamespace("/hooks").Filter("before", verify).Post(...)
			return m.beegoNamespaceOf(sel.X, depth+1)
		}
	}
	return nil
}

// beegoBeforeFilters are the filters ns.Filter("before", f...) adds to
// the namespace made by the call ns (on its variable, or chained on it).
func (m *Model) beegoBeforeFilters(ns *ast.CallExpr) []ast.Expr {
	var out []ast.Expr
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			fn := m.calleeFunc(call)
			sel, isSel := call.Fun.(*ast.SelectorExpr)
			if fn == nil || !isSel || !contains(beegoWebPkgs, pkgOf(fn)) || fn.Name() != "Filter" {
				return true
			}
			if act, ok := m.constString(call.Args[0]); ok && act != "before" {
				return true
			}
			for _, c := range m.beegoNamespaceOf(sel.X, 0) {
				if c == ns {
					out = append(out, call.Args[1:]...)
				}
			}
			return true
		})
	}
	return out
}

// beegoMatch: beego's filter pattern matches the route path ("*" matches
// the rest, ":id" one segment); a path not known matches.
func beegoMatch(pattern, path string) bool {
	if path == "" || pattern == "" {
		return true
	}
	ps, rs := strings.Split(strings.Trim(pattern, "/"), "/"), strings.Split(strings.Trim(path, "/"), "/")
	for i, p := range ps {
		if strings.Contains(p, "*") {
			return true
		}
		if i >= len(rs) {
			return false
		}
		if strings.HasPrefix(p, ":") || strings.HasPrefix(p, "?:") || strings.HasPrefix(rs[i], ":") {
			continue
		}
		if p != rs[i] {
			return false
		}
	}
	return len(ps) == len(rs)
}
