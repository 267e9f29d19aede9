package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/goroot"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- the return URL the app itself hands the provider ----------------------------
//
// A return page is often named in the shop's own words, which no word
// list can know ("/payments/verify/:id", "/orders/:id/landing"). Yet the
// app says which page it is: when it creates the payment it hands the
// provider the URL to send the buyer back to:
//
//	inv := InvoiceRequest{SuccessRedirectURL: base + "/payments/verify/" + id + "?status=success"}
//	p := &stripe.CheckoutSessionParams{SuccessURL: stripe.String(site + "/orders/landing")}
//	body := map[string]any{"return_url": fmt.Sprintf("%s/trips/%d/done", base, id)}
//
// The handler registered on that path is the page the buyer's browser
// lands on, whatever its name. Which fields carry a success return URL
// is provider data (successKeys: Stripe's success_url and return_url,
// Xendit's success_redirect_url, PayPal's return_url, Mollie's
// redirectUrl, Paystack's callback_url, Midtrans' callbacks.finish,
// Mercado Pago's back_urls.success), matched on an SDK field's name or
// struct tag, on the merchant's own field by its struct tag (the name
// the JSON body gives it), or on a body map's key. A cancel or failure
// URL is no success URL. Only the constant path of the value counts
// (base + "/payments/verify/" + id: "/payments/verify/*"); a URL read
// from the configuration names no route.
//
// The package building the URL exports its paths (ReturnURLFact,
// merged with its imports' so that the package registering the route,
// which may import it only through another, sees them); the route's
// package matches its routes against them (linked.go).

// ReturnURLFact, on a package: the paths of the success return URLs
// it, or a package it imports, hands a provider.
type ReturnURLFact struct{ Targets []Target }

// Target is one success return URL's path.
type Target struct {
	// Path: the URL's constant path segments joined by "/", "*" for a
	// segment made at run time ("payments/verify/*").
	Path string
	// Base: something made at run time comes before the path (the
	// site's base URL, which may carry a prefix of its own).
	Base bool
	// Key is the field or key as written ("success_redirect_url"); At
	// the file base name and line of the value.
	Key, At string
}

// AFact marks ReturnURLFact as a fact.
func (*ReturnURLFact) AFact() {}

func (f *ReturnURLFact) String() string {
	return "success return URLs: " + strconv.Itoa(len(f.Targets))
}

// successKeys are the folded names of the fields and body keys in
// which a provider takes the URL it sends the buyer back to once paid.
var successKeys = map[string]bool{
	"successurl":         true, // Stripe Checkout success_url, Paddle, Square
	"successredirecturl": true, // Xendit invoices and e-wallets
	"returnurl":          true, // PayPal application_context, Stripe confirm, Adyen returnUrl
	"redirecturl":        true, // Mollie redirectUrl, Square checkout redirect_url, Flutterwave
	"callbackurl":        true, // Paystack and Razorpay payment links (the browser's, not a notification)
}

// scopedKeys: keys that mean a success URL only inside their parent
// ("finish" inside Midtrans' callbacks, "success" inside Mercado Pago's
// back_urls).
var scopedKeys = map[string]string{"callbacks": "finish", "backurls": "success"}

// collector walks one package for success return URLs.
type collector struct {
	pass *analysis.Pass
	// defs: the values assigned to each local variable (x := v, x = v).
	defs map[*types.Var][]ast.Expr
	out  []Target
	// cur: the function declaration walked; params: the parameters of
	// this package's functions that carry a success URL to a provider
	// (returnurlparam.go)
	cur    *ast.FuncDecl
	params map[*types.Func]map[int]string
}

// exportTargets exports the package's success return URL paths, with
// those its imports export, when there are any.
func exportTargets(pass *analysis.Pass) {
	if goroot.Pass(pass) || payment.Library(pass.Pkg.Path()) {
		return
	}
	c := &collector{pass: pass, defs: map[*types.Var][]ast.Expr{}}
	var files []*ast.File
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(f.Pos()).Filename, "_test.go") {
			continue
		}
		files = append(files, f)
		c.indexDefs(f)
		c.walk(f)
	}
	c.forwarded(files) // returnurlparam.go: a wrapper handed the URL by its caller
	seen := map[Target]bool{}
	var all []Target
	add := func(t Target) {
		if !seen[t] && len(all) < 64 {
			seen[t] = true
			all = append(all, t)
		}
	}
	for _, t := range c.out {
		add(t)
	}
	for _, imp := range pass.Pkg.Imports() {
		var f ReturnURLFact
		if pass.ImportPackageFact(imp, &f) {
			for _, t := range f.Targets {
				add(t)
			}
		}
	}
	if len(all) > 0 {
		slices.SortFunc(all, func(a, b Target) int { return strings.Compare(a.Path+a.At, b.Path+b.At) })
		pass.ExportPackageFact(&ReturnURLFact{Targets: all})
	}
}

// indexDefs records the values assigned to local variables in f.
func (c *collector) indexDefs(f *ast.File) {
	info := c.pass.TypesInfo
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if len(x.Lhs) != len(x.Rhs) {
				return true
			}
			for i, l := range x.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok && !v.IsField() {
						c.defs[v] = append(c.defs[v], x.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(x.Names) == len(x.Values) {
				for i, id := range x.Names {
					if v, ok := info.Defs[id].(*types.Var); ok {
						c.defs[v] = append(c.defs[v], x.Values[i])
					}
				}
			}
		}
		return true
	})
}

// walk finds the success URLs set in f: in a composite literal's field
// or key, a field assigned, a map entry assigned, a url.Values Set/Add.
func (c *collector) walk(f *ast.File) {
	for _, d := range f.Decls {
		c.cur, _ = d.(*ast.FuncDecl)
		c.walkDecl(d)
	}
	c.cur = nil
}

func (c *collector) walkDecl(d ast.Decl) {
	info := c.pass.TypesInfo
	ast.Inspect(d, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CompositeLit:
			c.literal(x, "")
		case *ast.AssignStmt:
			if len(x.Lhs) != len(x.Rhs) {
				return true
			}
			for i, l := range x.Lhs {
				switch lx := l.(type) {
				case *ast.SelectorExpr:
					if v, ok := info.ObjectOf(lx.Sel).(*types.Var); ok && v.IsField() && c.fieldKey(v, lx.X, "") != "" {
						c.record(c.fieldKey(v, lx.X, ""), x.Rhs[i])
					}
				case *ast.IndexExpr:
					if k := c.constKey(lx.Index); successKeys[payment.Fold(k)] {
						c.record(k, x.Rhs[i])
					}
				}
			}
		case *ast.CallExpr:
			fn := typeutil.StaticCallee(info, x)
			c.handedURL(x, fn) // returnurlparam.go
			if fn != nil && (fn.Name() == "Set" || fn.Name() == "Add") && len(x.Args) == 2 && namedIs(recvOf(fn), []string{"net/url"}, "Values") {
				if k := c.constKey(x.Args[0]); successKeys[payment.Fold(k)] {
					c.record(k, x.Args[1])
				}
			}
		}
		return true
	})
}

// literal records the success URLs among lit's elements; scope is the
// folded key of the element lit is the value of ("callbacks").
func (c *collector) literal(lit *ast.CompositeLit, scope string) {
	info := c.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return
	}
	st, isStruct := t.Underlying().(*types.Struct)
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key := ""
		if isStruct {
			if id, ok := kv.Key.(*ast.Ident); ok {
				for i := 0; i < st.NumFields(); i++ {
					if st.Field(i).Name() == id.Name {
						key = c.fieldTagKey(st.Field(i), st.Tag(i), t, scope)
					}
				}
			}
		} else if _, isMap := t.Underlying().(*types.Map); isMap {
			key = c.constKey(kv.Key)
			if !c.successKey(key, scope) {
				key2 := payment.Fold(key)
				if inner, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok && scopedKeys[key2] != "" {
					c.literal(inner, key2) // {"callbacks": {"finish": …}}
				}
				key = ""
			}
		}
		if key != "" {
			c.record(key, kv.Value)
		}
	}
}

// fieldTagKey: the key under which struct field v (tag as written) of
// type t travels, when it is a success URL's: its json, form or url
// tag, or, for a provider SDK's type, its name; "" otherwise.
func (c *collector) fieldTagKey(v *types.Var, tag string, t types.Type, scope string) string {
	if n := namedOf(t); n != nil && scope == "" {
		if s := payment.Fold(n.Obj().Name()); scopedKeys[s] != "" {
			scope = s // midtrans snap.Callbacks{Finish: …}
		}
	}
	for _, k := range []string{"json", "form", "url", "query"} {
		if v, ok := reflect.StructTag(tag).Lookup(k); ok {
			name, _, _ := strings.Cut(v, ",")
			if c.successKey(name, scope) {
				return name
			}
			return ""
		}
	}
	if n := namedOf(t); n != nil && n.Obj().Pkg() != nil && payment.ProviderSDK(n.Obj().Pkg().Path()) && c.successKey(v.Name(), scope) {
		return v.Name()
	}
	return ""
}

// fieldKey: fieldTagKey for field v selected on x.
func (c *collector) fieldKey(v *types.Var, x ast.Expr, scope string) string {
	t := c.pass.TypesInfo.TypeOf(x)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) == v {
			return c.fieldTagKey(v, st.Tag(i), t, scope)
		}
	}
	return ""
}

func (c *collector) successKey(k, scope string) bool {
	f := payment.Fold(k)
	if scope != "" {
		return scopedKeys[scope] == f
	}
	return successKeys[f]
}

// constKey is e's constant string value, "" if none.
func (c *collector) constKey(e ast.Expr) string {
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	return ""
}

// record keeps the path of the URL value e set under key.
func (c *collector) record(key string, e ast.Expr) {
	if c.paramURL(key, e) { // returnurlparam.go: the caller hands it
		return
	}
	segs, base := path(c.urlOf(e, 0))
	if segs == nil {
		return
	}
	p := c.pass.Fset.Position(e.Pos())
	c.out = append(c.out, Target{Path: strings.Join(segs, "/"), Base: base, Key: key,
		At: filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)})
}

// wild stands for a part of a URL made at run time.
const wild = "\x00"

// urlOf spells e as far as it is constant, wild for each part that
// is not: concatenations, fmt.Sprintf, url.JoinPath, a pointer helper
// (stripe.String), a local variable assigned once.
func (c *collector) urlOf(e ast.Expr, depth int) string {
	if depth > 6 {
		return wild
	}
	e = ast.Unparen(e)
	info := c.pass.TypesInfo
	if k := c.constKey(e); k != "" {
		return k
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return c.urlOf(x.X, depth+1) + c.urlOf(x.Y, depth+1)
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return c.urlOf(x.X, depth+1)
		}
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok && len(c.defs[v]) == 1 {
			return c.urlOf(c.defs[v][0], depth+1)
		}
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(info, x)
		if fn == nil {
			break
		}
		switch pkg := pkgOf(fn); {
		case pkg == "fmt" && fn.Name() == "Sprintf" && len(x.Args) > 0:
			if format := c.constKey(x.Args[0]); format != "" {
				return r19Format(format)
			}
		case pkg == "net/url" && fn.Name() == "JoinPath" && len(x.Args) > 0:
			s := c.urlOf(x.Args[0], depth+1)
			for _, a := range x.Args[1:] {
				s += "/" + c.urlOf(a, depth+1)
			}
			return s
		case len(x.Args) == 1 && stringish(info.TypeOf(x.Args[0])) && stringPtr(info.TypeOf(x)):
			return c.urlOf(x.Args[0], depth+1) // stripe.String(u), a pointer helper (not os.Getenv(k))
		}
	}
	return wild
}

// stringPtr: t is a pointer to a string.
func stringPtr(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok && stringish(t)
}

// stringish: t is a string or a pointer to one.
func stringish(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// r19Format spells a Sprintf format with wild for each verb.
func r19Format(f string) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		j := i + 1
		for j < len(f) && !strings.ContainsRune("vsdqxXtfgeTpbcoU", rune(f[j])) {
			j++
		}
		b.WriteString(wild)
		i = j
	}
	return b.String()
}

// path is the path of URL s: its segments ("*" for one made at run
// time), and whether something made at run time precedes it; nil when
// s has no path with a constant segment.
func path(s string) ([]string, bool) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	base := false
	if i := strings.Index(s, "://"); i >= 0 {
		rest := s[i+3:]
		j := strings.Index(rest, "/")
		if j < 0 {
			return nil, false
		}
		base = strings.Contains(s[:i+3+j], wild)
		s = rest[j:]
	} else {
		j := strings.Index(s, "/")
		if j < 0 {
			return nil, false
		}
		base = strings.Contains(s[:j], wild)
		if pre := strings.ReplaceAll(s[:j], wild, ""); pre != "" && !strings.ContainsAny(pre, ".:") {
			return nil, false // "orders/…" relative to something unknown
		}
		s = s[j:]
	}
	var segs []string
	constant := false
	for _, p := range strings.Split(s, "/") {
		switch {
		case p == "":
			continue
		case strings.Contains(p, wild) || strings.ContainsAny(p, "{}:<>*"):
			segs = append(segs, "*")
		default:
			segs = append(segs, strings.ToLower(p))
			constant = true
		}
	}
	if !constant {
		return nil, false
	}
	return segs, base
}

// recvOf is fn's receiver type, nil for a function.
func recvOf(fn *types.Func) types.Type {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return sig.Recv().Type()
	}
	return nil
}
