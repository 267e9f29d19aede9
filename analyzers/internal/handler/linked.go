package handler

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ---- a page registered on the return URL the app hands the provider ---------------
//
// returnurl.go collects the paths of the success return URLs the app
// builds into its payment creations. A route registered on one of them,
// reached by GET (the browser is redirected there), is the buyer's
// return page, whatever its words: redirectfulfill judges its handler as
// it judges a page its route's words name (Linked).
//
// The route is often registered by another package than the handler's
// (a routes package, main). The handler's package then cannot know the
// page; the effects analyzer records, on each handler with no route in
// its package that is no return page by its own signs, what
// redirectfulfill would report there (PageFact: the unchecked
// fulfilments), and the package registering the handler on a linked
// route, or on a route whose words name a return when the page read the
// payment from the provider and never tested it (returnWords), lists
// the registration (Effects.R19Mounts), where the rule
// reports, naming the fulfilment. (Not the rule's own fact: a rule with
// facts would run on every dependency.) A handler that is a webhook, a
// back-office or an account page is never recorded, nor one whose
// package sees no success URL built (it and the package building the
// URL are then only wired together elsewhere: not followed); a route
// reached only by POST, or only a cancel or failure URL's, is never
// linked.

// PageFact, on a handler function of its package with no route there:
// the fulfilments redirectfulfill would report were it a return page.
type PageFact struct{ Findings []Finding }

// Finding is one unchecked fulfilment of a page: where (file base
// name and line); the request parameter guarding it, if one does
// (Param, its Source: "query" or "form"); whether the page read the
// payment from the provider (Reads).
type Finding struct {
	At, Param, Source string
	Reads             bool
}

// AFact marks PageFact as a fact.
func (*PageFact) AFact() {}

func (f *PageFact) String() string {
	return "page fulfilments unchecked if a return page: " + strconv.Itoa(len(f.Findings))
}

// targets: the success return URLs this package or its imports
// build (the handler model's package fact).
func (m *Model) targets() []Target {
	var f ReturnURLFact
	if m == nil || m.pass == nil || !m.pass.ImportPackageFact(m.pass.Pkg, &f) {
		return nil
	}
	return f.Targets
}

// Linked reports whether a route of h reached by GET is the path of a
// success return URL the app hands a provider, and which ("route
// /payments/verify/:id is the success_redirect_url built at pay.go:70").
func (m *Model) Linked(h *Handler) (bool, string) {
	if m == nil || h.Fn == nil || len(h.Routes) == 0 {
		return false, ""
	}
	if ok, _ := h.Webhook(); ok || staffOnly(h.Routes) || accountRoutes(h.Routes) {
		return false, ""
	}
	ts := m.targets()
	if len(ts) == 0 {
		return false, ""
	}
	for _, r := range h.Routes {
		if !browserMethod(r.Method) {
			continue
		}
		if t, ok := match(ts, r.Path); ok {
			return true, "route " + r.Path + " is the " + t.Key + " built at " + t.At
		}
	}
	return false, ""
}

// browserMethod: a redirected browser comes back with a GET.
func browserMethod(method string) bool {
	return method == "" || strings.EqualFold(method, "GET")
}

// match: the first target whose path is route's.
func match(ts []Target, route string) (Target, bool) {
	rs := routeSegs(route)
	for _, t := range ts {
		if pathMatch(t, rs) {
			return t, true
		}
	}
	return Target{}, false
}

// routeSegs: route's segments, "*" for a parameter (:id, {id},
// {id:[0-9]+}, <id>, *rest); a net/http pattern's method dropped.
func routeSegs(route string) []string {
	if i := strings.Index(route, " "); i >= 0 {
		route = route[i+1:]
	}
	var out []string
	for _, p := range strings.Split(route, "/") {
		switch {
		case p == "" || p == "{$}":
			continue
		case strings.ContainsAny(p, ":{}<>*"):
			out = append(out, "*")
		default:
			out = append(out, strings.ToLower(p))
		}
	}
	return out
}

// pathMatch: t's path is rs, segment by segment (a run-time segment
// or a route parameter matches anything), with at least one constant
// segment equal on both sides. A base made at run time may carry a
// prefix of its own (/api/v1): then rs may have more leading segments,
// when t names at least two constant segments.
func pathMatch(t Target, rs []string) bool {
	ts := strings.Split(t.Path, "/")
	if len(rs) < len(ts) {
		return false
	}
	if len(rs) > len(ts) {
		consts := 0
		for _, s := range ts {
			if s != "*" {
				consts++
			}
		}
		if !t.Base || consts < 2 {
			return false
		}
		rs = rs[len(rs)-len(ts):]
	}
	same := false
	for i, s := range ts {
		switch {
		case s == "*" || rs[i] == "*":
		case s == rs[i]:
			same = true
		default:
			return false
		}
	}
	return same
}

// exportPages records, for each handler of the package with no route
// here and no sign of its own of a return page, the fulfilments
// redirectfulfill would report were it one: those no provider status
// test guards (PageFact). holds are the handlers' stored payment
// holds (holdwrites.go), judged as fulfilments there too. Only a
// package seeing a success URL built, or a page reading the payment from
// the provider, is recorded: the latter may be linked by its route's
// words alone (returnWords).
func (fx *ifaceFx) exportPages(holds *Effects) {
	m, pass := fx.m, fx.pass
	targets := len(m.targets()) > 0
	for _, h := range m.Judged() {
		if len(h.Routes) > 0 || h.Func == nil || h.Func.Pkg() != pass.Pkg || h.CallsVerifier || h.BodyEvent != "" {
			continue
		}
		if ok, _ := h.Webhook(); ok {
			continue
		}
		if ok, _ := h.Redirect(); ok || h.shopForm() {
			continue // judged here already, or the shop's own form
		}
		reads := m.ReadsPayment(h)
		if !targets && !reads {
			continue // no success URL built in sight, no payment read: nothing to link it by
		}
		var fs []Finding
		for _, op := range slices.Concat(m.Fulfilments(h), holds.HoldOps(h)) {
			if g := m.Guarded(op.Call); g != nil && g.Status {
				continue
			}
			checked, param := m.StatusChecked(h, op.Call)
			if checked {
				continue
			}
			p := pass.Fset.Position(op.Call.Pos())
			f := Finding{At: filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line), Reads: reads}
			if param != nil {
				f.Param, f.Source = param.Name, param.Source
			}
			fs = append(fs, f)
		}
		if len(fs) > 0 {
			pass.ExportObjectFact(h.Func, &PageFact{Findings: fs})
		}
	}
}

// R19Mount is a registration of this package giving another package's
// page a GET route on the path of a success return URL the app builds.
type R19Mount struct {
	Node ast.Node
	// Handler names the page ("web.Pages.Welcome"), Path its route.
	Handler, Path string
	Target        Target
	Finding       Finding
}

// r19Mounts lists, per unchecked fulfilment, the registrations of this
// package giving another package's handler carrying an PageFact a
// GET route that is the path of a success return URL the app builds.
func (fx *ifaceFx) r19Mounts() []R19Mount {
	m, pass := fx.m, fx.pass
	if !r19PagesAround(pass) {
		return nil
	}
	ts := m.targets()
	var out []R19Mount
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if strings.HasSuffix(pass.Fset.Position(call.Pos()).Filename, "_test.go") {
			return
		}
		path := m.ctxOf(recv, 0).prefix + reg.path
		ws := words(path)
		if hasWord(ws, staffWords...) != "" || accountFlow(ws) {
			return
		}
		t, linked := Target{}, false
		if browserMethod(reg.method) {
			t, linked = match(ts, path)
		}
		if !linked && !returnWords(ws) {
			return
		}
		r := m.resolve(reg.handlers[len(reg.handlers)-1], 0)
		if r.node != nil || r.ext == nil {
			return
		}
		var f PageFact
		if !pass.ImportObjectFact(r.ext, &f) {
			return
		}
		for _, fd := range f.Findings {
			if linked || fd.Reads {
				out = append(out, R19Mount{Node: call, Handler: r19FuncName(r.ext), Path: path, Target: t, Finding: fd})
			}
		}
	})
	return out
}

// returnWords: route words ws name the page the buyer comes back to
// ("/widgets/payment-succeeded", "/checkout/success") and no webhook.
// Such a route makes a return page only of a page reading the payment
// from the provider (a finding's Reads), whatever the method: once
// Stripe.js has confirmed a card, the page's own script posts the
// intent's id to it.
func returnWords(ws []string) bool {
	return redirectSays(ws) && hasWord(ws, webhookStrong...) == "" && hasWord(ws, webhookWeak...) == ""
}

// r19PagesAround is a cheap filter: some dependency recorded a page.
func r19PagesAround(pass *analysis.Pass) bool {
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*PageFact); ok {
			return true
		}
	}
	return false
}

// r19FuncName: pkg.Func or pkg.Type.Method.
func r19FuncName(fn *types.Func) string {
	name := fn.Pkg().Name() + "."
	if n := namedOf(recvOf(fn)); n != nil {
		name += n.Obj().Name() + "."
	}
	return name + fn.Name()
}
