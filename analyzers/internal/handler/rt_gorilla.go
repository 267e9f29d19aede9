package handler

import (
	"go/ast"
	"strings"
)

// ---- gorilla/mux: the method a route matches ----------------------------------
//
// gorilla/mux says a route's method with a matcher chained on the route,
// after the registration or before it, or on the route a subrouter is
// made from:
//
//	r.HandleFunc("/return", h).Methods(http.MethodGet)
//	r.Methods("POST").Path("/hook").HandlerFunc(h)
//	pages := r.PathPrefix("/pay").Methods("GET").Subrouter()
//
// A provider posts its notifications; a route that matches GET only is a
// page a browser lands on (cls_landing.go, effectsanalyzer.go), so the
// method is recorded on the Route like chi's r.Get or gin's r.GET.

const gorillaPkg = "github.com/gorilla/mux"

// gorillaRouteCalls are the (*Route) and (*Router) methods that return the
// route they add a matcher to: a Methods matcher chained after them
// still applies to the registration below them in the chain.
var gorillaRouteCalls = map[string]bool{
	"Methods": true, "Path": true, "PathPrefix": true, "Host": true, "Schemes": true, "Headers": true,
	"HeadersRegexp": true, "Queries": true, "Name": true, "MatcherFunc": true, "BuildVarsFunc": true,
}

// gorillaRegistrations are the calls that attach a handler to a route.
var gorillaRegistrations = map[string]bool{"HandleFunc": true, "Handle": true, "HandlerFunc": true, "Handler": true}

// methodsOf is the one method a Methods matcher allows, HEAD and OPTIONS
// aside (Methods("GET", "HEAD") is a GET page); empty when it allows
// several, or when one is not a constant.
func (m *Model) methodsOf(args []ast.Expr) string {
	one := ""
	for _, a := range args {
		s, ok := m.constString(a)
		if !ok {
			return "" // Methods(allowed...) or a variable
		}
		s = strings.ToUpper(strings.TrimSpace(s))
		if s == "HEAD" || s == "OPTIONS" {
			continue
		}
		if one != "" && one != s {
			return ""
		}
		one = s
	}
	return one
}

// gorillaChainedMethod is the method of a Methods matcher chained after
// registration call (r.HandleFunc(p, h).Name("x").Methods("GET")).
func (m *Model) gorillaChainedMethod(call *ast.CallExpr) string {
	if m.gorillaMethods == nil {
		m.scanGorillaMethods()
	}
	return m.gorillaMethods[call]
}

// scanGorillaMethods maps each gorilla registration call that has a
// Methods matcher chained after it to that matcher's method.
func (m *Model) scanGorillaMethods() {
	m.gorillaMethods = map[*ast.CallExpr]string{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !m.gorillaCall(call, "Methods") {
				return true
			}
			method := m.methodsOf(call.Args)
			if method == "" {
				return true
			}
			for cur, depth := call, 0; depth < 8; depth++ {
				sel, ok := cur.Fun.(*ast.SelectorExpr)
				if !ok {
					break
				}
				inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
				if !ok {
					break
				}
				fn := m.calleeFunc(inner)
				if fn == nil || pkgOf(fn) != gorillaPkg {
					break
				}
				if gorillaRegistrations[fn.Name()] {
					if _, seen := m.gorillaMethods[inner]; !seen {
						m.gorillaMethods[inner] = method
					}
					break
				}
				if !gorillaRouteCalls[fn.Name()] {
					break
				}
				cur = inner
			}
			return true
		})
	}
}

// gorillaCall: call is gorilla/mux's method name.
func (m *Model) gorillaCall(call *ast.CallExpr, name string) bool {
	fn := m.calleeFunc(call)
	return fn != nil && fn.Name() == name && pkgOf(fn) == gorillaPkg
}

// gorillaMethod completes reg, a gorilla registration by call on the
// router or route recv: a Methods matcher chained after the call, else
// the method of the subrouter recv stands for.
func (m *Model) gorillaMethod(call *ast.CallExpr, recv ast.Expr, reg *registration) {
	if reg.method != "" {
		return
	}
	if s := m.gorillaChainedMethod(call); s != "" {
		reg.method = s
		return
	}
	if recv != nil {
		reg.method = m.ctxOf(recv, 0).method
	}
}
