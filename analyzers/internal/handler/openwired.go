package handler

import (
	"go/ast"
	"go/types"
)

// ---- an open payment webhook mounted here whose use case main binds ----------------
//
// A layered service often mounts its routes in the handler's own package
// and receives the use case as an interface from main:
//
//	package delivery: func Mount(g *echo.Group, uc domain.Usecase) { h := &Handler{uc: uc}; g.POST("/notification", h.Notify) }
//	                  func (h *Handler) Notify(c echo.Context) error { c.Bind(&n); return h.uc.Apply(ctx, &n) }
//	package usecase:  func (u *UseCase) Apply(…) { tx.Status = "paid"; u.repo.Update(ctx, tx) }
//	package main:     delivery.Mount(g, usecase.New(repo))
//
// The handler's package sees the route and knows nothing verifies it,
// but no implementation of the use case; main sees the implementation
// acting on the payment but no handler of its own. wiredweak.go
// carries a weak verdict across that gap; an absent one is carried the
// same way: the wired call is recorded as Unverified and the binding
// package reports it at the value it binds (judgeWeak), once the bound
// method acts on the payment (PayEffectFact).
//
// Precision: only a handler the model takes for a payment provider's
// webhook (PaymentWebhook: a payment word in its route or name, or a
// provider SDK),
// mounted in this package on a route no middleware verifies (every
// route open, none mounted in a test), verifying nothing itself, and
// judged nowhere else (not deferred to another package's mount, no
// effect in sight here).

// openWired: the wired call fc of h is made with no verification by a
// payment webhook mounted here on open routes only.
func (m *Model) openWired(h *Handler, fc fieldCall) bool {
	if len(h.Routes) == 0 || m.deployedRoutes(h) != len(h.Routes) || m.Deferred(h) || h.CallsVerifier {
		return false
	}
	for _, r := range h.Routes {
		if m.routeVerified(r) {
			return false // one verified route: the open one may be a mistake of another kind
		}
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return false
		}
	}
	if ok, _ := h.Webhook(); !ok || !m.PaymentWebhook(h) {
		return false
	}
	return m.VerificationAt(h, fc.site) == Unverified
}

// digestChecker: fd is a method answering one bool whose body calls a
// crypto digest (crypto/sha512, hmac…): a candidate keyed-digest
// verifier (hashverifier.go), such as a Midtrans signature_key
// checker kept in a package of its own. Its package gets SSA built so
// that the verifier's summary is exported to the handlers calling it;
// before, only a package with handlers or verifier calls had one, so a
// checker in its own package verified nothing its callers could see.
func (m *Model) digestChecker(fd *ast.FuncDecl) bool {
	if fd.Recv == nil || fd.Body == nil || fd.Type.Results == nil || len(fd.Type.Results.List) != 1 ||
		len(fd.Type.Results.List[0].Names) > 1 || !types.Identical(m.pass.TypesInfo.TypeOf(fd.Type.Results.List[0].Type), types.Typ[types.Bool]) {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && !found {
			if fn := m.calleeFunc(c); fn != nil && fn.Pkg() != nil && digestPkg(fn.Pkg().Path()) {
				found = true
			}
		}
		return !found
	})
	return found
}

// digestPackage: some method of the package is a digestChecker.
func (m *Model) digestPackage() bool {
	for _, f := range m.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && m.digestChecker(fd) {
				return true
			}
		}
	}
	return false
}
