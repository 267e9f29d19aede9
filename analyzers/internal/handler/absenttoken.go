package handler

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a callback-token middleware that lets a request without the token through ----
//
// A provider that signs nothing sends a shared token in a header (Xendit's
// X-Callback-Token), and the merchant's middleware compares it with the
// configured secret. Written as
//
//	tok := c.Get("X-Callback-Token", "NONE")
//	if tok != "NONE" && tok != secret { return 401 }
//	return c.Next()
//
// the compare runs only when a token was sent: a forged callback that
// leaves the header out passes. That is the fail-open of a verifier that
// skips its check when the secret is empty (verification.go), seen from
// the other side: the check is skipped when the provided value is empty,
// or equal to the default the getter was handed. The middleware looked
// like an authentication that answers 401 (cls_reject.go), so the routes
// behind it counted as verified and nothing was reported.
//
// Such a middleware is recognised by what it does: a test of a provider
// signature or callback-token header's value for absence (== "", len 0,
// == the getter's default) whose absent branch reaches the next handler
// without passing any gate, beside a check of the same request
// (a token compare with a secret, a verifier's verdict) whose failure
// never reaches the next handler. It is summarised on its function or on
// the factory returning it (AbsentTokenFact, so it crosses packages)
// and reported where code builds or registers it: the middleware is
// mounted in one package and handed to the router through a field in
// another (api.Use(cfg.CallbackAuth)), so the reference is the one place
// that sees both the middleware and its use. Its routes stay as they were
// (one forged callback, one finding). Headers of code hosts and chat
// platforms (nonPaymentSigHeaders) are no payment provider's: silent.

// AbsentTokenFact marks a middleware (or the factory returning one)
// that checks a provider's callback token or signature header only when
// the request carries one. Header is the header's name.
type AbsentTokenFact struct{ Header string }

// AFact marks AbsentTokenFact as a fact.
func (*AbsentTokenFact) AFact() {}

func (f *AbsentTokenFact) String() string {
	return "middleware passing a request without " + f.Header
}

// AbsentTokenUse is a reference of this package to such a middleware.
type AbsentTokenUse struct {
	At     ast.Node // the factory's call, or the function value
	Name   string   // the middleware's name (pkg.Func, Type.Method)
	Header string
}

// x19State is what this file keeps on the model.
type x19State struct {
	local map[*types.Func]string // this package's fail-open middlewares: header
	uses  []AbsentTokenUse
}

// readsProviderToken is a cheap filter run before SSA: some call of
// the package reads a header by a constant name that is a provider's
// signature or callback-token header.
func (m *Model) readsProviderToken() bool {
	if payment.InGOROOT(m.pass) || payment.Library(m.pass.Pkg.Path()) {
		return false // an SDK's own webhook helper: no model makes facts there (driver/declonly.go)
	}
	found := false
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found {
				return !found
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || !headerReaders[sel.Sel.Name] {
				return true
			}
			for _, a := range call.Args {
				if s, ok := m.constString(a); ok && providerHeader(s) {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// providerHeader: name is a signature or callback-token header of a
// sender that may be a payment provider.
func providerHeader(name string) bool {
	return SignatureHeader(name) && !nonPaymentSigHeaders[strings.ToLower(name)]
}

// x19Summarize exports the fact for this package's fail-open token
// middlewares (after summarize: verdicts of helpers are known) and
// collects this package's references to any (its own, or imported).
func (m *Model) x19Summarize() {
	for obj, fd := range m.decls {
		fn := m.fnOf[fd]
		if fd.Body == nil || fn == nil {
			continue
		}
		if h := m.absentTokenMW(fd, fn); h != "" {
			if m.x19.local == nil {
				m.x19.local = map[*types.Func]string{}
			}
			m.x19.local[obj] = h
			m.pass.ExportObjectFact(obj, &AbsentTokenFact{Header: h})
		}
	}
	m.collectUses()
}

// AbsentTokenUses are the references of this package's non-test code
// to a middleware that lets a request without the provider's token
// through: where it is built (a factory's call) or handed on as a value.
func (m *Model) AbsentTokenUses() []AbsentTokenUse { return m.x19.uses }

func (m *Model) headerOf(fn *types.Func) string {
	if h, ok := m.x19.local[fn]; ok {
		return h
	}
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg {
		return ""
	}
	var f AbsentTokenFact
	if m.pass.ImportObjectFact(fn, &f) {
		return f.Header
	}
	return ""
}

func (m *Model) collectUses() {
	seen := map[token.Pos]bool{}
	for _, f := range m.pass.Files {
		if strings.HasSuffix(m.pass.Fset.Position(f.Pos()).Filename, "_test.go") {
			continue
		}
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			fn, ok := m.pass.TypesInfo.Uses[id].(*types.Func)
			if !ok {
				return true
			}
			h := m.headerOf(fn)
			if h == "" || m.insideOwnDecl(fn, id.Pos()) {
				return true
			}
			at := useSite(stack)
			if seen[at.Pos()] {
				return true
			}
			seen[at.Pos()] = true
			m.x19.uses = append(m.x19.uses, AbsentTokenUse{At: at, Name: x19FuncName(fn), Header: h})
			return true
		})
	}
}

// insideOwnDecl: pos is inside fn's own declaration (a recursive or
// self reference is no use of the middleware).
func (m *Model) insideOwnDecl(fn *types.Func, pos token.Pos) bool {
	fd := m.decls[fn]
	return fd != nil && fd.Pos() <= pos && pos < fd.End()
}

// useSite: the node to report for the identifier ending stack: the
// call when the identifier (or its selector) is what is called, else the
// selector or the identifier.
func useSite(stack []ast.Node) ast.Node {
	at := stack[len(stack)-1]
	if len(stack) >= 2 {
		if sel, ok := stack[len(stack)-2].(*ast.SelectorExpr); ok && sel.Sel == at {
			at = sel
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] != at {
			continue
		}
		if i > 0 {
			if call, ok := stack[i-1].(*ast.CallExpr); ok && call.Fun == at {
				return call
			}
		}
		break
	}
	return at
}

func x19FuncName(fn *types.Func) string {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// Message is webhookverify's finding at the reference.
func (u AbsentTokenUse) Message() string {
	return fmt.Sprintf("payment callback middleware %s checks %s only when the request sends it (fails open): a forged callback without the header passes to the handler; reject a request whose token is missing or does not match", u.Name, u.Header)
}
